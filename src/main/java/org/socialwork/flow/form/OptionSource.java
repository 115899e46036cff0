package org.socialwork.flow.form;

import java.util.List;

/** Supplies the options of every form field whose schema says {@code "valuesKey": valuesKey()}. */
public interface OptionSource {

  String valuesKey();

  List<FormOption> options(FormContext context);
}
