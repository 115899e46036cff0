package org.socialwork.flow.modeling;

import java.util.List;

/**
 * One reason a model is refused: the file, the element (when there is one) and a message code of the modeling
 * bundle ({@code modeling.problem.<code>}) with its arguments.
 */
public record ModelProblem(String resource, String elementId, String code, List<String> args) {

  public ModelProblem {
    args = args == null ? List.of() : List.copyOf(args);
  }

  static ModelProblem of(String resource, String elementId, String code, Object... args) {
    return new ModelProblem(resource, elementId, code,
        java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  private static final java.util.Set<String> CODE = java.util.Set.of("script", "connector", "javaClass",
      "externalResource", "scriptLanguage", "refusedMember", "unpublishedBean", "decisionLanguage");

  /** Whether the problem is code in a model: refused on every deployment, the application's own included. */
  public boolean isCode() {
    return CODE.contains(code);
  }

  public String messageCode() {
    return "modeling.problem." + code;
  }
}
