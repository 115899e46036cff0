package org.socialwork.flow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void acceptsANumberWithTheRightCheckCharacter() {
    // GB 11643-1999 example: 11010519491231002X
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY).orElseThrow();
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo("F");
  }

  @Test
  void acceptsALowerCaseCheckCharacterAndNormalisesIt() {
    assertThat(ResidentIdNumber.parse("11010519491231002x", TODAY)).get()
        .extracting(ResidentIdNumber::value).isEqualTo("11010519491231002X");
  }

  @Test
  void derivesSexFromTheSeventeenthDigit() {
    String male = "11010520150601123" + ResidentIdNumber.checkCharacter("11010520150601123");
    assertThat(ResidentIdNumber.parse(male, TODAY).orElseThrow().sex()).isEqualTo("M");
  }

  @Test
  void rejectsAWrongCheckCharacter() {
    assertThat(ResidentIdNumber.parse("110105194912310021", TODAY)).isEmpty();
  }

  @Test
  void rejectsAnImpossibleBirthDateEvenWithAMatchingCheckCharacter() {
    String feb30 = "11010519490230002";
    assertThat(ResidentIdNumber.parse(feb30 + ResidentIdNumber.checkCharacter(feb30), TODAY)).isEmpty();
  }

  @Test
  void rejectsABirthDateInTheFuture() {
    String future = "11010520270101002";
    assertThat(ResidentIdNumber.parse(future + ResidentIdNumber.checkCharacter(future), TODAY)).isEmpty();
  }

  @Test
  void rejectsWrongLengthAndLetters() {
    assertThat(ResidentIdNumber.parse("1101051949123100", TODAY)).isEmpty();
    assertThat(ResidentIdNumber.parse("1101051949123100AX", TODAY)).isEmpty();
    assertThat(ResidentIdNumber.parse(null, TODAY)).isEmpty();
  }

  @Test
  void masksTheBirthDateAndSequenceInLists() {
    assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("1101**********002X");
  }
}
