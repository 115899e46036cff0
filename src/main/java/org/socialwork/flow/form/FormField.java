package org.socialwork.flow.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One component of a Camunda Forms schema, reduced to what rendering and validation need.
 * Custom properties (Camunda Modeler: "Custom properties") carry this project's extensions:
 * {@code rule} (resident-id, mobile, not-future), {@code label_en}, {@code values_en}, {@code text_en}. A
 * {@code filepicker}'s {@code accept} (the browser's file-type hint) and {@code multiple} are Camunda's own.
 */
public record FormField(
    String key,
    String type,
    String subtype,
    String label,
    String description,
    boolean required,
    Integer minLength,
    Integer maxLength,
    String pattern,
    BigDecimal min,
    BigDecimal max,
    Integer decimalDigits,
    List<FormOption> options,
    String valuesKey,
    Map<String, String> properties,
    String accept,
    boolean multiple) {

  public boolean isInput() {
    return key != null && !"text".equals(type) && !"button".equals(type) && !"separator".equals(type)
        && !"spacer".equals(type);
  }

  public boolean hasOptions() {
    return "select".equals(type) || "radio".equals(type) || "checklist".equals(type);
  }

  public String rule() {
    return properties.get("rule");
  }

  public String property(String name) {
    return properties.get(name);
  }
}
