package org.socialwork.flow.form;

import java.util.regex.Pattern;

/** A mainland mobile number: 11 digits, starting 13–19. */
public final class MobileNumber {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

  private MobileNumber() {
  }

  public static boolean isValid(String raw) {
    return raw != null && MOBILE.matcher(raw.trim()).matches();
  }
}
