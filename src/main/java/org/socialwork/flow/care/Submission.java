package org.socialwork.flow.care;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A submitted form or JSON body read field by field: blank text is absent, booleans from JSON or "true"/"on". */
record Submission(Map<String, Object> values) {

  static Submission of(Map<String, ?> raw) {
    return new Submission(raw == null ? Map.of() : new LinkedHashMap<>(raw));
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

  /** Null when absent, else whether it says true. */
  Boolean bool(String key) {
    String s = text(key);
    return s == null ? null : "true".equalsIgnoreCase(s) || "on".equalsIgnoreCase(s) || "yes".equalsIgnoreCase(s);
  }

  /** A multi-valued field (checkboxes, JSON array) as a comma list, null when empty. */
  String list(String key) {
    Object v = values.get(key);
    List<String> items;
    if (v instanceof Collection<?> c) {
      items = c.stream().map(Object::toString).map(String::trim).filter(s -> !s.isEmpty()).toList();
    } else if (v == null) {
      items = List.of();
    } else {
      items = List.of(v.toString().split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    return items.isEmpty() ? null : String.join(",", items);
  }
}
