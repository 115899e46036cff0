package org.socialwork.flow.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field messages gathered while checking a submission; the first message per field wins. */
public final class FormErrors {

  private final Map<String, FieldMessage> byField = new LinkedHashMap<>();

  public FormErrors reject(String field, String code, Object... args) {
    byField.putIfAbsent(field, FieldMessage.of(code, args));
    return this;
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public Map<String, FieldMessage> asMap() {
    return Collections.unmodifiableMap(byField);
  }

  /** Throws when anything was rejected, so callers can write {@code errors.throwIfAny(values)}. */
  public void throwIfAny(Map<String, Object> submitted) {
    if (!isEmpty()) {
      throw new FormValidationException(this, submitted);
    }
  }
}
