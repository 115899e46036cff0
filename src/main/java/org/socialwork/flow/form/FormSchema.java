package org.socialwork.flow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Camunda Forms JSON schema (the *.form files in forms/), parsed once and read many times. {@code document}
 * is the schema as deployed, handed to API clients unchanged.
 */
public record FormSchema(String id, List<FormField> fields, JsonNode document) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static FormSchema parse(InputStream json) {
    try {
      return fromTree(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a Camunda Forms JSON document: " + e.getMessage(), e);
    }
  }

  public static FormSchema parse(String json) {
    try {
      return fromTree(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a Camunda Forms JSON document: " + e.getMessage(), e);
    }
  }

  private static FormSchema fromTree(JsonNode root) {
    if (root == null || !root.path("components").isArray()) {
      throw new IllegalArgumentException("A form needs an array of components");
    }
    List<FormField> fields = new ArrayList<>();
    collect(root.path("components"), fields);
    return new FormSchema(root.path("id").asText(null), Collections.unmodifiableList(fields), root);
  }

  /** Groups and dynamic lists nest components; their inputs are flattened in document order. */
  private static void collect(JsonNode components, List<FormField> into) {
    for (JsonNode c : components) {
      if (c.path("components").isArray()) {
        collect(c.path("components"), into);
        continue;
      }
      into.add(field(c));
    }
  }

  private static FormField field(JsonNode c) {
    String type = c.path("type").asText();
    JsonNode validate = c.path("validate");
    Map<String, String> properties = new LinkedHashMap<>();
    c.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
    List<FormOption> options = new ArrayList<>();
    for (JsonNode v : c.path("values")) {
      options.add(new FormOption(v.path("value").asText(), v.path("label").asText()));
    }
    String label = "datetime".equals(type) ? c.path("dateLabel").asText(c.path("label").asText(null))
        : "text".equals(type) ? c.path("text").asText(null) : c.path("label").asText(null);
    return new FormField(
        c.hasNonNull("key") ? c.get("key").asText() : null,
        type,
        c.hasNonNull("subtype") ? c.get("subtype").asText() : null,
        label,
        c.hasNonNull("description") ? c.get("description").asText() : null,
        validate.path("required").asBoolean(false),
        validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
        validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
        validate.hasNonNull("min") ? new BigDecimal(validate.get("min").asText()) : null,
        validate.hasNonNull("max") ? new BigDecimal(validate.get("max").asText()) : null,
        c.hasNonNull("decimalDigits") ? c.get("decimalDigits").asInt() : null,
        Collections.unmodifiableList(options),
        c.hasNonNull("valuesKey") ? c.get("valuesKey").asText() : null,
        Collections.unmodifiableMap(properties),
        c.hasNonNull("accept") ? c.get("accept").asText() : null,
        c.path("multiple").asBoolean(false));
  }

  public List<FormField> inputs() {
    return fields.stream().filter(FormField::isInput).toList();
  }

  public Optional<FormField> field(String key) {
    return inputs().stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
