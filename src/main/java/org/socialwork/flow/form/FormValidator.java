package org.socialwork.flow.form;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Checks a submission against its Camunda Forms schema: required, type, length, pattern, min/max and allowed
 * values, then the domain rules named by the field's {@code rule} property. Pages and the JSON API both come
 * through here, so a rule holds whichever way the data arrives.
 */
@Component
public class FormValidator {

  private final FormOptions options;
  private final Clock clock;

  public FormValidator(FormOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
  }

  /** Form fields from an HTML form post: one value as a String, several as a list. */
  public static Map<String, Object> fromParams(MultiValueMap<String, String> params) {
    Map<String, Object> out = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (k.startsWith("_")) {
        return;
      }
      out.put(k, v.size() == 1 ? v.get(0) : new ArrayList<>(v));
    });
    return out;
  }

  /** A date, or a date with a time (ISO-8601), and nothing after it. */
  private static final Pattern STRICT_DATE = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?");
  /** No date of this work lies before 1900 (birth dates included) or more than ten years ahead (plans, due dates). */
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final int LATEST_YEARS_AHEAD = 10;

  public FormData validate(FormSchema schema, Map<String, Object> submitted, FormContext context) {
    FormErrors errors = new FormErrors();
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormField field : schema.inputs()) {
      Object raw = submitted.get(field.key());
      Object value = switch (field.type()) {
        case "number" -> number(field, raw, errors);
        case "datetime" -> date(field, raw, errors);
        case "checkbox" -> bool(raw);
        case "checklist" -> choices(field, raw, context, errors);
        case "select", "radio" -> choice(field, raw, context, errors);
        case "filepicker" -> files(field, raw, errors);
        default -> text(field, raw, errors);
      };
      values.put(field.key(), value);
    }
    errors.throwIfAny(submitted);
    return new FormData(schema.id(), values);
  }

  /** The files of a filepicker (none when nothing was chosen); what they may be is the handler's rule. */
  private List<UploadedFile> files(FormField field, Object raw, FormErrors errors) {
    List<UploadedFile> files = new ArrayList<>();
    if (raw instanceof Collection<?> c) {
      c.stream().filter(UploadedFile.class::isInstance).map(UploadedFile.class::cast).forEach(files::add);
    } else if (raw instanceof UploadedFile f) {
      files.add(f);
    }
    if (files.isEmpty()) {
      required(field, errors);
    }
    return files;
  }

  private String text(FormField field, Object raw, FormErrors errors) {
    String s = single(raw);
    if (s == null) {
      required(field, errors);
      return null;
    }
    if (!TextCharacters.acceptable(s)) {
      errors.reject(field.key(), "form.characters");
      return s;
    }
    int length = TextCharacters.columnLength(s);
    if (field.minLength() != null && length < field.minLength()) {
      errors.reject(field.key(), "form.minLength", field.minLength());
    }
    if (field.maxLength() != null && length > field.maxLength()) {
      errors.reject(field.key(), "form.maxLength", field.maxLength());
    }
    if (field.pattern() != null && !matches(field.pattern(), s)) {
      errors.reject(field.key(), "form.pattern");
    }
    String rule = field.rule();
    if ("resident-id".equals(rule)) {
      if (ResidentIdNumber.parse(s, LocalDate.now(clock)).isEmpty()) {
        errors.reject(field.key(), "form.residentId");
      } else {
        s = s.toUpperCase();
      }
    } else if ("mobile".equals(rule) && !MobileNumber.isValid(s)) {
      errors.reject(field.key(), "form.mobile");
    }
    return s;
  }

  private static boolean matches(String pattern, String s) {
    try {
      return Pattern.compile(pattern).matcher(s).matches();
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("Form pattern is not a regular expression: " + pattern, e);
    }
  }

  private BigDecimal number(FormField field, Object raw, FormErrors errors) {
    String s = raw instanceof Number n ? n.toString() : single(raw);
    if (s == null) {
      required(field, errors);
      return null;
    }
    BigDecimal n;
    try {
      n = new BigDecimal(s);
    } catch (NumberFormatException e) {
      errors.reject(field.key(), "form.number");
      return null;
    }
    if (field.decimalDigits() != null && n.stripTrailingZeros().scale() > field.decimalDigits()) {
      errors.reject(field.key(), "form.decimals", field.decimalDigits());
    }
    if (field.min() != null && n.compareTo(field.min()) < 0) {
      errors.reject(field.key(), "form.min", field.min().toPlainString());
    }
    if (field.max() != null && n.compareTo(field.max()) > 0) {
      errors.reject(field.key(), "form.max", field.max().toPlainString());
    }
    return n;
  }

  private LocalDate date(FormField field, Object raw, FormErrors errors) {
    String s = single(raw);
    if (s == null) {
      required(field, errors);
      return null;
    }
    LocalDate d;
    if (!STRICT_DATE.matcher(s).matches()) {
      errors.reject(field.key(), "form.date");
      return null;
    }
    try {
      d = LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      errors.reject(field.key(), "form.date");
      return null;
    }
    LocalDate today = LocalDate.now(clock);
    if (d.isBefore(EARLIEST) || d.isAfter(today.plusYears(LATEST_YEARS_AHEAD))) {
      errors.reject(field.key(), "form.dateRange", EARLIEST.toString(), today.plusYears(LATEST_YEARS_AHEAD).toString());
      return null;
    }
    if ("not-future".equals(field.rule()) && d.isAfter(LocalDate.now(clock))) {
      errors.reject(field.key(), "form.notFuture");
    } else if ("not-past".equals(field.rule()) && d.isBefore(LocalDate.now(clock))) {
      errors.reject(field.key(), "form.notPast");
    }
    return d;
  }

  private static Boolean bool(Object raw) {
    if (raw instanceof Boolean b) {
      return b;
    }
    String s = single(raw);
    return s != null && ("true".equalsIgnoreCase(s) || "on".equalsIgnoreCase(s));
  }

  private String choice(FormField field, Object raw, FormContext context, FormErrors errors) {
    String s = single(raw);
    if (s == null) {
      required(field, errors);
      return null;
    }
    if (!allowed(field, context).contains(s)) {
      errors.reject(field.key(), "form.option");
    }
    return s;
  }

  private List<String> choices(FormField field, Object raw, FormContext context, FormErrors errors) {
    List<String> picked = new ArrayList<>();
    if (raw instanceof Collection<?> c) {
      c.stream().filter(o -> o != null && !o.toString().isBlank()).forEach(o -> picked.add(o.toString().trim()));
    } else if (single(raw) != null) {
      picked.add(single(raw));
    }
    if (picked.isEmpty()) {
      required(field, errors);
      return List.of();
    }
    Set<String> allowed = allowed(field, context);
    if (!allowed.containsAll(picked)) {
      errors.reject(field.key(), "form.option");
    }
    return picked;
  }

  private Set<String> allowed(FormField field, FormContext context) {
    return options.of(field, context, null).stream().map(FormOption::value).collect(Collectors.toSet());
  }

  private static void required(FormField field, FormErrors errors) {
    if (field.required()) {
      errors.reject(field.key(), "form.required");
    }
  }

  /** A trimmed single value; blank counts as absent. A list where one value is expected is not accepted. */
  private static String single(Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof Collection<?> c) {
      return c.size() == 1 && c.iterator().next() != null ? blankToNull(c.iterator().next().toString()) : null;
    }
    if (raw instanceof Map<?, ?>) {
      return null;
    }
    return blankToNull(raw.toString());
  }

  private static String blankToNull(String s) {
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }
}
