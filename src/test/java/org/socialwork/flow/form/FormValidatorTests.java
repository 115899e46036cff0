package org.socialwork.flow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.Fixtures;

/** The shipped intake form and a small synthetic form, checked the way submissions are checked. */
class FormValidatorTests {

  private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 29, 10, 0, 0, 0,
      ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));

  private final OptionSource myStations = new OptionSource() {
    @Override
    public String valuesKey() {
      return "userStations";
    }

    @Override
    public List<FormOption> options(FormContext context) {
      return "xbhbl-worker".equals(context.username()) ? List.of(new FormOption("xbhbl", "西坝河北里社区社工站"))
          : List.of();
    }
  };

  private final FormValidator validator = new FormValidator(new FormOptions(List.of(myStations)), CLOCK);
  private final FormContext worker = new FormContext("xbhbl-worker", null);

  private static FormSchema intakeForm() throws Exception {
    try (InputStream in = FormValidatorTests.class.getClassLoader().getResourceAsStream("forms/intake-register.form")) {
      return FormSchema.parse(in);
    }
  }

  private static Map<String, FieldMessage> errorsOf(Runnable r) {
    return catchThrowableOfType(FormValidationException.class, r::run).errors().asMap();
  }

  @Test
  void acceptsACompleteIntakeAndTypesItsValues() throws Exception {
    FormData data = validator.validate(intakeForm(), Fixtures.anIntake("xbhbl"), worker);
    assertThat(data.formId()).isEqualTo("intake-register");
    assertThat(data.date("intakeDate")).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(data.text("clientName")).isEqualTo("王秀英");
  }

  @Test
  void rejectsMissingRequiredFieldsAndKeepsWhatWasSubmitted() throws Exception {
    Map<String, Object> form = Fixtures.anIntake("xbhbl");
    form.remove("clientName");
    form.put("presentingProblem", "   ");
    FormValidationException e = catchThrowableOfType(FormValidationException.class,
        () -> validator.validate(intakeForm(), form, worker));
    assertThat(e.errors().asMap()).containsOnlyKeys("clientName", "presentingProblem");
    assertThat(e.errors().asMap().get("clientName").code()).isEqualTo("form.required");
    assertThat(e.submitted()).containsEntry("address", form.get("address"));
  }

  @Test
  void rejectsAnIdNumberWithAWrongCheckDigit() throws Exception {
    Map<String, Object> form = Fixtures.anIntake("xbhbl");
    form.put("idNumber", "110105194912310021");
    assertThat(errorsOf(() -> validator.validate(uncheckedIntake(), form, worker)))
        .containsOnlyKeys("idNumber").extractingByKey("idNumber").extracting(FieldMessage::code)
        .isEqualTo("form.residentId");
  }

  @Test
  void rejectsAnIdNumberOfTheWrongShapeByItsPattern() throws Exception {
    Map<String, Object> form = Fixtures.anIntake("xbhbl");
    form.put("idNumber", "1101051949");
    assertThat(errorsOf(() -> validator.validate(uncheckedIntake(), form, worker)).get("idNumber").code())
        .isEqualTo("form.pattern");
  }

  @Test
  void rejectsALandlineWhereAMobileIsAsked() throws Exception {
    Map<String, Object> form = Fixtures.anIntake("xbhbl");
    form.put("phone", "010-64661234");
    form.put("emergencyPhone", "12345678901");
    assertThat(errorsOf(() -> validator.validate(uncheckedIntake(), form, worker)))
        .containsOnlyKeys("phone", "emergencyPhone");
  }

  @Test
  void rejectsAnIntakeDateInTheFuture() throws Exception {
    Map<String, Object> form = Fixtures.anIntake("xbhbl");
    form.put("intakeDate", "2026-11-30");
    assertThat(errorsOf(() -> validator.validate(uncheckedIntake(), form, worker)).get("intakeDate").code())
        .isEqualTo("form.notFuture");
    form.put("intakeDate", "2026-13-01");
    assertThat(errorsOf(() -> validator.validate(uncheckedIntake(), form, worker)).get("intakeDate").code())
        .isEqualTo("form.date");
  }

  @Test
  void rejectsValuesOutsideTheOptions() throws Exception {
    Map<String, Object> form = Fixtures.anIntake("xbhbl");
    form.put("urgency", "whenever");
    form.put("personType", List.of("dibao", "tekun"));
    assertThat(errorsOf(() -> validator.validate(uncheckedIntake(), form, worker)))
        .containsOnlyKeys("urgency", "personType");
  }

  @Test
  void dynamicOptionsAreThoseOfTheUserSoAnotherStationIsRefused() throws Exception {
    Map<String, Object> form = Fixtures.anIntake("sjl");
    assertThat(errorsOf(() -> validator.validate(uncheckedIntake(), form, worker)).get("stationCode").code())
        .isEqualTo("form.option");
  }

  @Test
  void checksLengthsInCharactersNotBytes() throws Exception {
    Map<String, Object> form = Fixtures.anIntake("xbhbl");
    form.put("clientName", "王");
    assertThat(errorsOf(() -> validator.validate(uncheckedIntake(), form, worker)).get("clientName"))
        .isEqualTo(FieldMessage.of("form.minLength", 2));
    form.put("clientName", "王".repeat(50));
    validator.validate(uncheckedIntake(), form, worker);
    form.put("clientName", "王".repeat(51));
    assertThat(errorsOf(() -> validator.validate(uncheckedIntake(), form, worker)).get("clientName"))
        .isEqualTo(FieldMessage.of("form.maxLength", 50));
  }

  @Test
  void checksNumbersAgainstMinAndMax() {
    FormSchema schema = FormSchema.parse("""
        {"id":"n","components":[{"type":"number","key":"hours","label":"时长",
          "validate":{"required":true,"min":0.5,"max":8}}]}""");
    assertThat(validator.validate(schema, Map.of("hours", "1.5"), worker).number("hours"))
        .isEqualByComparingTo(new BigDecimal("1.5"));
    assertThat(errorsOf(() -> validator.validate(schema, Map.of("hours", "9"), worker)).get("hours"))
        .isEqualTo(FieldMessage.of("form.max", "8"));
    assertThat(errorsOf(() -> validator.validate(schema, Map.of("hours", "0"), worker)).get("hours"))
        .isEqualTo(FieldMessage.of("form.min", "0.5"));
    assertThat(errorsOf(() -> validator.validate(schema, Map.of("hours", "两小时"), worker)).get("hours").code())
        .isEqualTo("form.number");
  }

  @Test
  void refusesSomethingThatIsNotAForm() {
    assertThatThrownBy(() -> FormSchema.parse("{\"id\":\"x\"}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormSchema.parse("<xml/>")).isInstanceOf(IllegalArgumentException.class);
  }

  /** The shipped form, loaded without checked exceptions for use inside lambdas. */
  private static FormSchema uncheckedIntake() {
    try {
      return intakeForm();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
