package org.socialwork.flow.notification;

/** A notice about to be written: to whom, what, the key that makes it once, and whether it goes out by mail. */
record NewNotification(String recipient, NotificationKind kind, String dedupeKey, String taskId, String taskName,
                       String subject, String link, int itemCount, String mailState) {
}
