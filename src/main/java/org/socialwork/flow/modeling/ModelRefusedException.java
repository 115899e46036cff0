package org.socialwork.flow.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;

/**
 * A deployment refused by the project's model rules. It is a Camunda {@link ParseException}, so /engine-rest answers
 * 400 with every problem (element id and message) in {@code details}, as Camunda Modeler shows them.
 */
public class ModelRefusedException extends ParseException {

  private final transient List<ModelProblem> problems;

  public ModelRefusedException(List<ModelProblem> problems, Function<ModelProblem, String> messages) {
    super(summary(problems, messages), problems.isEmpty() ? "" : problems.get(0).resource(),
        toProblems(problems, messages), List.of());
    this.problems = List.copyOf(problems);
  }

  public List<ModelProblem> problems() {
    return problems;
  }

  private static String summary(List<ModelProblem> problems, Function<ModelProblem, String> messages) {
    StringBuilder text = new StringBuilder("Model refused (" + problems.size() + " problem(s)):");
    for (ModelProblem p : problems) {
      text.append("\n- ").append(p.resource());
      if (p.elementId() != null) {
        text.append(" [").append(p.elementId()).append(']');
      }
      text.append(": ").append(messages.apply(p));
    }
    return text.toString();
  }

  private static List<Problem> toProblems(List<ModelProblem> problems, Function<ModelProblem, String> messages) {
    List<Problem> out = new ArrayList<>();
    for (ModelProblem p : problems) {
      String message = p.resource() + ": " + messages.apply(p);
      out.add(new Problem() {
        @Override
        public String getMessage() {
          return message;
        }

        @Override
        public int getLine() {
          return 0;
        }

        @Override
        public int getColumn() {
          return 0;
        }

        @Override
        public String getMainElementId() {
          return p.elementId();
        }

        @Override
        public List<String> getElementIds() {
          return p.elementId() == null ? List.of() : List.of(p.elementId());
        }
      });
    }
    return out;
  }
}
