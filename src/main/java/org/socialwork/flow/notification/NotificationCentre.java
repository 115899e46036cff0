package org.socialwork.flow.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialwork.flow.problem.InvalidParameterException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications: written once per (person, key) as their preferences say, listed newest first, marked
 * read. Only the recipient reads a notification; another person's id is answered as absent (404).
 */
@Component
public class NotificationCentre {

  private static final Logger log = LoggerFactory.getLogger(NotificationCentre.class);
  public static final int PAGE_SIZE = 20;
  public static final int MAX_SIZE = 200;

  private final NotificationMapper mapper;
  private final NotificationPreferences preferences;
  private final ObjectProvider<JavaMailSender> mail;
  private final Clock clock;

  NotificationCentre(NotificationMapper mapper, NotificationPreferences preferences,
                     ObjectProvider<JavaMailSender> mail, Clock clock) {
    this.mapper = mapper;
    this.preferences = preferences;
    this.mail = mail;
    this.clock = clock;
  }

  /** A page of a person's notifications with the totals. */
  public record Page(List<Notification> items, int total, int unread, int page, int size) {
    public boolean hasNext() {
      return (long) (page + 1) * size < total;
    }
  }

  /**
   * Writes the notice unless the person does not want this kind or has it already; queued for mail when they chose
   * mail, gave an address and mail is configured. Returns whether a row was written.
   */
  boolean notify(String recipient, NotificationKind kind, String dedupeKey, String taskId, String taskName,
                 String subject, String link, int itemCount) {
    if (recipient == null || mapper.exists(recipient, dedupeKey)) {
      return false;
    }
    Channel channel = preferences.channel(recipient, kind);
    if (channel == Channel.NONE) {
      return false;
    }
    String mailState = channel == Channel.EMAIL && mailConfigured() && preferences.address(recipient) != null
        ? "PENDING" : null;
    try {
      return mapper.insertOnce(new NewNotification(recipient, kind, dedupeKey, taskId, cut(taskName, 255),
          cut(subject, 300), cut(link, 300), itemCount, mailState), now()) == 1;
    } catch (DuplicateKeyException raced) {
      log.debug("{} {} for {} written meanwhile", kind, dedupeKey, recipient);
      return false;
    }
  }

  /**
   * For other modules: tells a person that something they had signed up for was cancelled ({@link
   * NotificationKind#CANCELLED}: "您报名的「what」已取消：reason"), once per {@code dedupeKey}, in the caller's
   * transaction (a cancellation that rolls back tells nobody); mailed like the other kinds if the person chose mail.
   * Returns whether a notice was written (not when the person has it already or wants none of this kind).
   *
   * @param recipient the person's username
   * @param dedupeKey unique for this person and this cancellation, e.g. {@code cancelled:HD-xbhbl-2026-0001}
   * @param what what was cancelled, as people read it (an activity's title)
   * @param reason the reason given
   * @param link the page of what was cancelled
   */
  @Transactional
  public boolean tellCancelled(String recipient, String dedupeKey, String what, String reason, String link) {
    return notify(recipient, NotificationKind.CANCELLED, dedupeKey, null, what, reason, link, 0);
  }

  boolean mailConfigured() {
    return mail.getIfAvailable() != null;
  }

  /** The unread count of the bell. */
  public int unread(String username) {
    return mapper.count(username, true);
  }

  public Page page(String username, String page, String size, boolean unreadOnly) {
    int p = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    int s = number("size", size, PAGE_SIZE, 1, MAX_SIZE);
    return new Page(mapper.findPage(username, unreadOnly, s, p * s), mapper.count(username, unreadOnly),
        mapper.count(username, true), p, s);
  }

  /** Marks the person's notification read; another person's (or no such) id: {@link NotificationNotFoundException}. */
  @Transactional
  public Notification markRead(String username, long id) {
    mapper.findOne(id, username).orElseThrow(() -> new NotificationNotFoundException(id));
    mapper.markRead(id, username, now());
    return mapper.findOne(id, username).orElseThrow();
  }

  /** Marks all the person's notifications read; returns how many were unread. */
  @Transactional
  public int markAllRead(String username) {
    return mapper.markAllRead(username, now());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).withNano(0);
  }

  static int number(String name, String value, int otherwise, int min, int max) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < min || n > max) {
        throw new InvalidParameterException(name, "between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, "a whole number");
    }
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
