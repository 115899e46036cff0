package org.socialwork.flow.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A submission that passed its form's checks, with typed values (String, BigDecimal, LocalDate, Boolean, List). */
public record FormData(String formId, Map<String, Object> values) {

  public String text(String key) {
    return (String) values.get(key);
  }

  public LocalDate date(String key) {
    return (LocalDate) values.get(key);
  }

  public BigDecimal number(String key) {
    return (BigDecimal) values.get(key);
  }

  public boolean flag(String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  @SuppressWarnings("unchecked")
  public List<String> list(String key) {
    Object v = values.get(key);
    return v == null ? List.of() : Collections.unmodifiableList((List<String>) v);
  }

  public boolean isBlank(String key) {
    Object v = values.get(key);
    return v == null || (v instanceof String s && s.isBlank());
  }
}
