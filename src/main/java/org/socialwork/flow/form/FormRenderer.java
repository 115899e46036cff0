package org.socialwork.flow.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a schema, the values to show and the field messages into {@link FieldView}s for the templates. */
@Component
public class FormRenderer {

  private final FormOptions options;
  private final MessageSource messages;

  public FormRenderer(FormOptions options, MessageSource messages) {
    this.options = options;
    this.messages = messages;
  }

  public List<FieldView> render(FormSchema schema, Map<String, Object> values, Map<String, FieldMessage> errors,
                                FormContext context, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    List<FieldView> out = new ArrayList<>();
    for (FormField f : schema.fields()) {
      if ("text".equals(f.type())) {
        String text = english && f.property("text_en") != null ? f.property("text_en") : f.label();
        out.add(new FieldView(null, "text", null, text == null ? "" : text.replaceFirst("^#+\\s*", ""), null,
            false, null, List.of(), List.of(), null, null, null, null, null, null));
        continue;
      }
      if (!f.isInput()) {
        continue;
      }
      Object raw = values.get(f.key());
      List<String> picked = asList(raw);
      String value = picked.isEmpty() ? null : picked.get(0);
      List<FieldView.OptionView> opts = new ArrayList<>();
      if (f.hasOptions()) {
        for (FormOption o : options.of(f, context, locale)) {
          opts.add(new FieldView.OptionView(o.value(), o.label(), picked.contains(o.value())));
        }
      }
      String label = english && f.property("label_en") != null ? f.property("label_en") : f.label();
      FieldMessage error = errors.get(f.key());
      out.add(new FieldView(f.key(), f.type(), inputType(f), label, english ? null : f.description(), f.required(),
          value, picked, opts, error == null ? null : message(error, locale), f.minLength(), f.maxLength(),
          f.pattern(), f.min() == null ? null : f.min().toPlainString(),
          f.max() == null ? null : f.max().toPlainString()));
    }
    return out;
  }

  public String message(FieldMessage error, Locale locale) {
    return messages.getMessage(error.code(), error.args().toArray(), error.code(), locale);
  }

  private static String inputType(FormField f) {
    return switch (f.type()) {
      case "number" -> "number";
      case "datetime" -> "date";
      case "textfield" -> "mobile".equals(f.rule()) ? "tel" : "text";
      default -> null;
    };
  }

  private static List<String> asList(Object raw) {
    if (raw == null) {
      return List.of();
    }
    if (raw instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    if (raw instanceof LocalDate d) {
      return List.of(d.toString());
    }
    return List.of(String.valueOf(raw));
  }
}
