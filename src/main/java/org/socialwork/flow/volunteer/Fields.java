package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON body or a posted page form read field by field: blank text is absent, booleans from JSON or "true"/"on". */
record Fields(Map<String, Object> values) {

  static Fields of(Map<String, ?> raw) {
    return new Fields(raw == null ? Map.of() : new LinkedHashMap<>(raw));
  }

  String text(String key) {
    Object v = values.get(key);
    if (v instanceof Collection<?> c) {
      v = c.isEmpty() ? null : c.iterator().next();
    }
    if (v == null) {
      return null;
    }
    String s = v.toString().trim();
    return s.isEmpty() ? null : s;
  }

  Boolean bool(String key) {
    Object v = values.get(key);
    if (v instanceof Boolean b) {
      return b;
    }
    String s = text(key);
    return s == null ? null : "true".equalsIgnoreCase(s) || "on".equalsIgnoreCase(s) || "yes".equalsIgnoreCase(s);
  }

  /** A number, or null when absent; {@link NumberFormatException} when not one. */
  BigDecimal number(String key) {
    Object v = values.get(key);
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    String s = text(key);
    return s == null ? null : new BigDecimal(s);
  }

  /** A JSON array or comma list as trimmed words. */
  List<String> list(String key) {
    Object v = values.get(key);
    if (v instanceof Collection<?> c) {
      return c.stream().filter(o -> o != null).map(Object::toString).map(String::trim).filter(s -> !s.isEmpty())
          .toList();
    }
    String s = text(key);
    return s == null ? List.of() : List.of(s.split("[,，]")).stream().map(String::trim).filter(x -> !x.isEmpty())
        .toList();
  }
}
