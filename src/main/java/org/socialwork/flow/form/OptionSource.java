package org.socialwork.flow.form;

import java.util.List;
import java.util.function.Function;

/** Supplies the options of every form field whose schema says {@code "valuesKey": valuesKey()}. */
public interface OptionSource {

  String valuesKey();

  List<FormOption> options(FormContext context);

  /** An option source for {@code valuesKey} from a function (for sources declared as {@code @Bean} methods). */
  static OptionSource of(String valuesKey, Function<FormContext, List<FormOption>> options) {
    return new OptionSource() {
      @Override
      public String valuesKey() {
        return valuesKey;
      }

      @Override
      public List<FormOption> options(FormContext context) {
        return options.apply(context);
      }
    };
  }
}
