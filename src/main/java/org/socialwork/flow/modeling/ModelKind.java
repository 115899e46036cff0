package org.socialwork.flow.modeling;

import java.util.Locale;
import java.util.Optional;

/** The files a deployment may carry, told by their names as Camunda does. */
public enum ModelKind {
  BPMN, DMN, FORM;

  public static Optional<ModelKind> of(String resourceName) {
    String name = resourceName == null ? "" : resourceName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
      return Optional.of(BPMN);
    }
    if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
      return Optional.of(DMN);
    }
    if (name.endsWith(".form")) {
      return Optional.of(FORM);
    }
    return Optional.empty();
  }
}
