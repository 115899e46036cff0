package org.socialwork.flow.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The options a field offers: the schema's own values (localised) or those of its {@link OptionSource}. */
@Component
public class FormOptions {

  private final Map<String, OptionSource> sources;

  public FormOptions(List<OptionSource> sources) {
    this.sources = sources.stream().collect(Collectors.toMap(OptionSource::valuesKey, Function.identity()));
  }

  public List<FormOption> of(FormField field, FormContext context, Locale locale) {
    if (field.valuesKey() != null) {
      return ofKey(field.valuesKey(), context);
    }
    if (locale != null && "en".equals(locale.getLanguage()) && field.property("values_en") != null) {
      Map<String, String> english = new java.util.HashMap<>();
      for (String pair : field.property("values_en").split("\\|")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          english.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      List<FormOption> out = new ArrayList<>();
      for (FormOption o : field.options()) {
        out.add(new FormOption(o.value(), english.getOrDefault(o.value(), o.label())));
      }
      return out;
    }
    return field.options();
  }

  /** The options of a {@code valuesKey} for whoever fills the form in that context. */
  public List<FormOption> ofKey(String valuesKey, FormContext context) {
    OptionSource source = sources.get(valuesKey);
    if (source == null) {
      throw new IllegalStateException("No option source for valuesKey " + valuesKey);
    }
    return source.options(context);
  }

  /** The label an option value shows, for read-only display of stored answers. */
  public String labelOf(FormField field, String value, FormContext context, Locale locale) {
    return of(field, context, locale).stream().filter(o -> o.value().equals(value))
        .map(FormOption::label).findFirst().orElse(value);
  }
}
