package org.socialwork.flow.venture;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters over 0-9 and the capitals A–Y
 * without I, O, S, V and Z; the 18th is a check character over the first 17 with the weights 3^(i-1) mod 31.
 * Characters 9–17 are the organisation code, whose own check (GB 11714) is not enforced: the code as a whole is
 * what the registration authority issues.
 */
public final class CreditCode {

  static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCode() {
  }

  /** The code in capitals when it is well formed and its check character right, else empty. */
  public static Optional<String> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (c.length() != 18) {
      return Optional.empty();
    }
    for (int i = 0; i < 18; i++) {
      if (CHARACTERS.indexOf(c.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    return checkCharacter(c.substring(0, 17)) == c.charAt(17) ? Optional.of(c) : Optional.empty();
  }

  public static boolean isValid(String code) {
    return parse(code).isPresent();
  }

  /** The check character of the first 17 characters (all from {@link #CHARACTERS}). */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int r = 31 - sum % 31;
    return CHARACTERS.charAt(r == 31 ? 0 : r);
  }
}
