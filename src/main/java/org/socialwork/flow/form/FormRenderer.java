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
            false, null, List.of(), List.of(), null, null, null, null, null, null, null, false));
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
      // the hint in the reader's language: description_en in English, none rather than the Chinese one
      String hint = english ? f.property("description_en") : f.description();
      out.add(new FieldView(f.key(), f.type(), inputType(f), label, hint, f.required(),
          value, picked, opts, error == null ? null : message(error, locale), f.minLength(), f.maxLength(),
          f.pattern(), f.min() == null ? null : f.min().toPlainString(),
          f.max() == null ? null : f.max().toPlainString(), f.accept(), f.multiple()));
    }
    return out;
  }

  /**
   * A stored record's answers worded by the form that wrote it: labels and option texts in the reader's language,
   * unanswered fields left out, a section heading kept only when an answer follows it. A value whose option is no
   * longer offered (a resource since retired) shows as stored, so pass names where the ids may have gone.
   */
  public List<FormDocument.Entry> answers(FormSchema schema, Map<String, Object> values, FormContext context,
                                          Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    List<FormDocument.Entry> out = new ArrayList<>();
    FormDocument.Entry heading = null;
    for (FormField f : schema.fields()) {
      if ("text".equals(f.type())) {
        String text = english && f.property("text_en") != null ? f.property("text_en") : f.label();
        heading = text == null ? null : new FormDocument.Entry(text.replaceFirst("^#+\\s*", ""), null, true);
        continue;
      }
      if (!f.isInput()) {
        continue;
      }
      List<String> picked = asList(values.get(f.key())).stream().filter(v -> !v.isBlank()).toList();
      if (picked.isEmpty()) {
        continue;
      }
      String text;
      if (f.hasOptions()) {
        List<FormOption> offered = options.of(f, context, locale);
        text = String.join("、", picked.stream().map(v -> offered.stream().filter(o -> o.value().equals(v))
            .map(FormOption::label).findFirst().orElse(v)).toList());
      } else if ("checkbox".equals(f.type())) {
        text = messages.getMessage("true".equals(picked.get(0)) ? "form.yes" : "form.no", null, locale);
      } else {
        text = String.join("、", picked);
      }
      if (heading != null) {
        out.add(heading);
        heading = null;
      }
      String label = english && f.property("label_en") != null ? f.property("label_en") : f.label();
      out.add(FormDocument.Entry.of(label, text));
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
      case "filepicker" -> "file";
      case "textfield" -> "mobile".equals(f.rule()) ? "tel" : "text";
      default -> null;
    };
  }

  private static List<String> asList(Object raw) {
    if (raw == null) {
      return List.of();
    }
    if (raw instanceof Collection<?> c) {
      // files chosen before a refusal cannot be offered again (a browser never prefills a file input)
      return c.stream().filter(v -> !(v instanceof UploadedFile)).map(String::valueOf).toList();
    }
    if (raw instanceof UploadedFile) {
      return List.of();
    }
    if (raw instanceof LocalDate d) {
      return List.of(d.toString());
    }
    return List.of(String.valueOf(raw));
  }
}
