package org.socialwork.flow.notification;

/** How a person receives one kind of notification. */
public enum Channel {
  /** in the notification centre only (the default) */
  IN_APP,
  /** in the notification centre and by mail (when mail is configured and the person gave an address) */
  EMAIL,
  /** not at all */
  NONE;

  static Channel parse(String value) {
    for (Channel c : values()) {
      if (c.name().equalsIgnoreCase(value) || c.name().replace("_", "-").equalsIgnoreCase(value)) {
        return c;
      }
    }
    return null;
  }

  /** The name the API and the forms use: {@code in_app}, {@code email}, {@code none}. */
  String code() {
    return name().toLowerCase();
  }
}
