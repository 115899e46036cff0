package org.socialwork.flow.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * An 18-digit mainland resident ID number (GB 11643-1999): six digits of region, eight of birth date,
 * three of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
      .withResolverStyle(ResolverStyle.STRICT);

  private final String value;
  private final LocalDate birthDate;

  private ResidentIdNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /** The number if it is well formed, has a real past birth date and the right check character. */
  public static Optional<ResidentIdNumber> parse(String raw, LocalDate today) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.trim().toUpperCase();
    if (!s.matches("[0-9]{17}[0-9X]")) {
      return Optional.empty();
    }
    if (checkCharacter(s.substring(0, 17)) != s.charAt(17)) {
      return Optional.empty();
    }
    LocalDate birth;
    try {
      birth = LocalDate.parse(s.substring(6, 14), BIRTH);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    if (birth.isAfter(today) || birth.getYear() < 1880) {
      return Optional.empty();
    }
    return Optional.of(new ResidentIdNumber(s, birth));
  }

  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** "M" or "F", from the parity of the 17th digit. */
  public String sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? "M" : "F";
  }

  /** For lists: region and check character kept, birth date and sequence hidden (110105********123X → 1101**********123X). */
  public static String mask(String idNumber) {
    if (idNumber == null || idNumber.length() < 8) {
      return "****";
    }
    return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
  }

  @Override
  public String toString() {
    return mask(value);
  }
}
