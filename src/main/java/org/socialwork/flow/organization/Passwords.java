package org.socialwork.flow.organization;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/** The password rule (at least 10 characters, letters and digits, not the user name, not a common one) and one-time passwords. */
public final class Passwords {

  public static final int MIN_LENGTH = 10;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwerty12345", "abc1234567",
      "a123456789", "1q2w3e4r5t", "password1234", "admin12345", "qwertyuiop1", "iloveyou123", "woaini1314520");

  private Passwords() {
  }

  /** The message code of what is wrong with the password, or null when it is good enough. */
  public static String problem(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "account.password.short";
    }
    if (password.length() > 128) {
      return "account.password.long";
    }
    boolean letter = password.chars().anyMatch(Character::isLetter);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    if (!letter || !digit) {
      return "account.password.mix";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return "account.password.username";
    }
    if (COMMON.contains(lower)) {
      return "account.password.common";
    }
    return null;
  }

  /** A random password of 12 characters with letters and digits, shown once and changed at first login. */
  public static String oneTime() {
    while (true) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      String p = b.toString();
      if (problem(p, null) == null) {
        return p;
      }
    }
  }
}
