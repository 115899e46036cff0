package org.socialwork.flow.form;

/**
 * Characters no text field stores: NUL and the other control characters (tab and line breaks are text), the bidi
 * overrides and isolates that make a name read differently from what it is (U+202A–U+202E, U+2066–U+2069), lone
 * surrogates (MySQL stores them as "?") and the non-characters U+FFFE/U+FFFF. Also used for upload names.
 */
public final class TextCharacters {

  private TextCharacters() {
  }

  /** Whether the text holds none of the refused characters. */
  public static boolean acceptable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return false;
      }
      if (Character.isLowSurrogate(c)) {
        return false;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f) {
        return false;
      }
      if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0xfffe || c == 0xffff) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length as both databases' columns count it, at most: H2 counts UTF-16 units, MySQL utf8mb4 code points, so
   * counting UTF-16 units never lets a value past either column (an emoji counts as two).
   */
  public static int columnLength(String s) {
    return s.length();
  }
}
