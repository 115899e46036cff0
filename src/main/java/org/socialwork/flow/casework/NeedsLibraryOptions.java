package org.socialwork.flow.casework;

import java.util.List;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.springframework.stereotype.Component;

/** {@code valuesKey: needsLibrary}: the types of the community needs library (社区需求库). */
@Component
class NeedsLibraryOptions implements OptionSource {

  private final AssessmentMapper assessments;

  NeedsLibraryOptions(AssessmentMapper assessments) {
    this.assessments = assessments;
  }

  @Override
  public String valuesKey() {
    return "needsLibrary";
  }

  @Override
  public List<FormOption> options(FormContext context) {
    return assessments.findNeedTypes().stream().map(t -> new FormOption(t.code(), t.name())).toList();
  }
}
