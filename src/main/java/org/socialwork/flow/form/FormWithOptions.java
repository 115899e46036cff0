package org.socialwork.flow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A form schema as handed to API clients: every field with a {@code valuesKey} carries the values the caller may
 * pick, the way Camunda Forms writes static options ({@code "values": [{"label", "value"}]}); a required
 * single-choice field with one allowed value gets it as {@code defaultValue}. The same options also come as
 * {@code data}, keyed by {@code valuesKey}, which is what form-js's {@code importSchema(schema, data)} reads.
 * So a script can fill a form from the schema alone, and it sees exactly the choices the server will accept.
 */
@Component
public class FormWithOptions {

  private final FormOptions options;

  public FormWithOptions(FormOptions options) {
    this.options = options;
  }

  public Filled of(FormSchema schema, FormContext context) {
    JsonNode copy = schema.document().deepCopy();
    Map<String, List<FormOption>> data = new LinkedHashMap<>();
    fill(copy.path("components"), context, data);
    return new Filled(copy, data);
  }

  private void fill(JsonNode components, FormContext context, Map<String, List<FormOption>> data) {
    for (JsonNode c : components) {
      if (c.path("components").isArray()) {
        fill(c.path("components"), context, data);
      }
      if (!(c instanceof ObjectNode field) || !c.hasNonNull("valuesKey")) {
        continue;
      }
      String key = c.get("valuesKey").asText();
      List<FormOption> allowed = data.computeIfAbsent(key, k -> options.ofKey(k, context));
      ArrayNode values = field.putArray("values");
      for (FormOption o : allowed) {
        values.addObject().put("label", o.label()).put("value", o.value());
      }
      String type = c.path("type").asText();
      boolean single = "select".equals(type) || "radio".equals(type);
      if (single && allowed.size() == 1 && c.path("validate").path("required").asBoolean(false)
          && !c.hasNonNull("defaultValue")) {
        field.put("defaultValue", allowed.get(0).value());
      }
    }
  }

  /** The schema with its options filled in, and the same options keyed by {@code valuesKey}. */
  public record Filled(JsonNode form, Map<String, List<FormOption>> data) {
  }
}
