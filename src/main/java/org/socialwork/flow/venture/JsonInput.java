package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.TextCharacters;

/**
 * A JSON body (or a page form's parameters, {@code FormValidator.fromParams}) read field by field, each bad value
 * rejected into {@link FormErrors} under its field's name; {@link #throwIfAny()} ends with 400 (API) or the form again
 * (pages). Published: the linkage module reads its bodies the same way.
 */
public record JsonInput(Map<String, Object> values, FormErrors errors) {

  public static JsonInput of(Map<String, ?> raw) {
    return new JsonInput(raw == null ? new LinkedHashMap<>() : new LinkedHashMap<>(raw), new FormErrors());
  }

  public Object raw(String key) {
    return values.get(key);
  }

  /** Blank is absent; a required absent field is rejected. */
  public String text(String key, boolean required, int maxLength) {
    Object v = values.get(key);
    if (v instanceof Collection<?> || v instanceof Map<?, ?>) {
      errors.reject(key, "venture.type");
      return null;
    }
    String s = v == null ? null : v.toString().trim();
    if (s == null || s.isEmpty()) {
      if (required) {
        errors.reject(key, "form.required");
      }
      return null;
    }
    if (!TextCharacters.acceptable(s)) {
      errors.reject(key, "form.characters");
    } else if (TextCharacters.columnLength(s) > maxLength) {
      errors.reject(key, "form.maxLength", maxLength);
    }
    return s;
  }

  public BigDecimal amount(String key, boolean required) {
    Object v = values.get(key);
    if (v == null || v.toString().isBlank()) {
      if (required) {
        errors.reject(key, "form.required");
      }
      return null;
    }
    try {
      BigDecimal n = new BigDecimal(v.toString().trim());
      if (n.signum() < 0 || n.scale() > 2 || n.compareTo(new BigDecimal("1000000000")) >= 0) {
        errors.reject(key, "venture.amount");
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      errors.reject(key, "venture.amount");
      return null;
    }
  }

  public LocalDate date(String key, boolean required) {
    String s = text(key, required, 10);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      errors.reject(key, "form.date");
      return null;
    }
  }

  /** A JSON array (or a comma list) of texts; null when absent. */
  public List<String> texts(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Collection<?> c) {
      List<String> out = c.stream().map(o -> o == null ? "" : o.toString().trim()).filter(s -> !s.isEmpty()).toList();
      if (out.stream().anyMatch(s -> !TextCharacters.acceptable(s) || s.length() > 100)) {
        errors.reject(key, "form.characters");
        return List.of();
      }
      return out;
    }
    if (v instanceof Map<?, ?>) {
      errors.reject(key, "venture.type");
      return List.of();
    }
    return List.of(v.toString().split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** A JSON array of objects; null when absent, rejected when something else. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> objects(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Collection<?> c) || !c.stream().allMatch(o -> o instanceof Map<?, ?>)) {
      errors.reject(key, "venture.type");
      return List.of();
    }
    return c.stream().map(o -> (Map<String, Object>) o).toList();
  }

  public void reject(String key, String code, Object... args) {
    errors.reject(key, code, args);
  }

  public void throwIfAny() {
    errors.throwIfAny(values);
  }
}
