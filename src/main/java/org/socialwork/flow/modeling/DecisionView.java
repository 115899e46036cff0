package org.socialwork.flow.modeling;

import java.util.List;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;

/** A decision table as the upload preview prints it: columns and rules as text. */
public record DecisionView(String id, String name, String hitPolicy, List<String> inputs, List<String> outputs,
                           List<List<String>> rules) {

  static DecisionView of(Decision d) {
    DecisionTable table = d.getExpression() instanceof DecisionTable t ? t : null;
    if (table == null) {
      return new DecisionView(d.getId(), d.getName(), "", List.of(), List.of(), List.of());
    }
    List<String> inputs = table.getInputs().stream().map(DecisionView::label).toList();
    List<String> outputs = table.getOutputs().stream()
        .map(o -> o.getLabel() != null ? o.getLabel() : String.valueOf(o.getName())).toList();
    List<List<String>> rules = table.getRules().stream().map(DecisionView::cells).toList();
    return new DecisionView(d.getId(), d.getName(), String.valueOf(table.getHitPolicy()), inputs, outputs, rules);
  }

  private static String label(Input i) {
    if (i.getLabel() != null) {
      return i.getLabel();
    }
    return i.getInputExpression() == null || i.getInputExpression().getText() == null ? ""
        : i.getInputExpression().getText().getTextContent();
  }

  private static List<String> cells(Rule r) {
    List<String> cells = new java.util.ArrayList<>();
    r.getInputEntries().forEach(e -> cells.add(e.getText() == null ? "" : e.getText().getTextContent()));
    r.getOutputEntries().forEach(e -> cells.add(e.getText() == null ? "" : e.getText().getTextContent()));
    return cells;
  }

}
