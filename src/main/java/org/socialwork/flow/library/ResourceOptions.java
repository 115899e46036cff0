package org.socialwork.flow.library;

import java.util.List;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.springframework.stereotype.Component;

/** {@code valuesKey: resourceLibrary}: the active resources of the case's station and of the whole district. */
@Component
class ResourceOptions implements OptionSource {

  private final LibraryMapper library;

  ResourceOptions(LibraryMapper library) {
    this.library = library;
  }

  @Override
  public String valuesKey() {
    return "resourceLibrary";
  }

  @Override
  public List<FormOption> options(FormContext context) {
    return library.findUsableResources(context.stationCode()).stream()
        .map(r -> new FormOption(String.valueOf(r.id()), r.name()))
        .toList();
  }
}
