package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The unified social credit code's check character (GB 32100), against codes issued and published. */
class CreditCodeTests {

  /** A valid code no earlier run registered: 52 (civil affairs, private non-enterprise), Lu'an 341500, random body. */
  static String aCreditCode() {
    StringBuilder b = new StringBuilder("52341500");
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < 9; i++) {
      b.append(CreditCode.CHARACTERS.charAt(r.nextInt(CreditCode.CHARACTERS.length())));
    }
    return b.append(CreditCode.checkCharacter(b.toString())).toString();
  }

  @Test
  void acceptsPublishedCodes() {
    // the example of GB 32100-2015 and two codes of registered companies
    assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
    assertThat(CreditCode.isValid("91110000802100433B")).isTrue();
    assertThat(CreditCode.isValid("91440300708461136T")).isTrue();
  }

  @Test
  void acceptsLowerCaseAndSurroundingSpaces() {
    assertThat(CreditCode.parse(" 91110000802100433b ")).contains("91110000802100433B");
  }

  @Test
  void rejectsAWrongCheckCharacter() {
    assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
    assertThat(CreditCode.isValid("91110000802100433C")).isFalse();
  }

  @Test
  void rejectsCharactersOutsideTheAlphabetAndWrongLengths() {
    // I, O, S, V and Z are not used
    assertThat(CreditCode.isValid("91350100O000100Y43")).isFalse();
    assertThat(CreditCode.isValid("9135010M000100Y43")).isFalse();
    assertThat(CreditCode.isValid("91350100M000100Y433")).isFalse();
    assertThat(CreditCode.isValid(null)).isFalse();
    assertThat(CreditCode.isValid("")).isFalse();
  }

  @Test
  void everyGeneratedCodeIsValidAndOneChangedCharacterIsNot() {
    for (int i = 0; i < 200; i++) {
      String code = aCreditCode();
      assertThat(CreditCode.isValid(code)).as(code).isTrue();
      char last = code.charAt(17);
      char other = CreditCode.CHARACTERS.charAt((CreditCode.CHARACTERS.indexOf(last) + 1) % 31);
      assertThat(CreditCode.isValid(code.substring(0, 17) + other)).isFalse();
    }
  }
}
