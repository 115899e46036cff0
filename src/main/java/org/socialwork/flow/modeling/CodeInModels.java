package org.socialwork.flow.modeling;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.socialwork.flow.system.ExpressionSandbox;
import org.socialwork.flow.system.ModelBeans;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The rule that no model carries code: refused with the reason, at every door, before anything is deployed. A BPMN
 * model may not name a Java class ({@code camunda:class}, any {@code camunda:*Class}), hold a script (script tasks,
 * {@code camunda:script}, a {@code scriptFormat} or expression {@code language}), load an external resource
 * ({@code camunda:resource}) or call a connector; a decision is written in FEEL only. Every expression
 * ({@code ${…}}/{@code #{…}}) may name only process variables and beans published with
 * {@link org.socialwork.flow.system.ModelBean}, and none of the members the engine's sandbox refuses
 * ({@link ExpressionSandbox#allowedMember}). The engine's sandbox refuses the same at run time, whatever got past.
 */
final class CodeInModels {

  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Set<String> FEEL = Set.of("feel", "https://www.omg.org/spec/DMN/20191111/FEEL/",
      "http://www.omg.org/spec/FEEL/20140401", "https://www.omg.org/spec/FEEL/20140401");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "div",
      "mod", "eq", "ne", "lt", "gt", "le", "ge", "instanceof");
  /** The variables the engine itself provides to expressions. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "caseExecution",
      "authenticatedUserId", "variableScope");

  private final ModelBeans beans;

  CodeInModels(ModelBeans beans) {
    this.beans = beans;
  }

  /** The problems of one well-formed BPMN file. */
  List<ModelProblem> inProcess(String resource, byte[] bytes) {
    List<ModelProblem> problems = new ArrayList<>();
    walk(resource, parse(bytes), null, false, problems);
    return problems;
  }

  /** The problems of one well-formed DMN file: a language other than FEEL anywhere. */
  List<ModelProblem> inDecision(String resource, byte[] bytes) {
    List<ModelProblem> problems = new ArrayList<>();
    walk(resource, parse(bytes), null, true, problems);
    return problems;
  }

  private static Element parse(byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalArgumentException("not well-formed", e);
    }
  }

  private void walk(String resource, Element element, String nearestId, boolean decision,
                    List<ModelProblem> problems) {
    String id = element.getAttribute("id");
    String here = id == null || id.isBlank() ? nearestId : id;
    String ns = element.getNamespaceURI();
    String local = element.getLocalName();
    if (!decision) {
      if (BPMN_NS.equals(ns) && "scriptTask".equals(local)) {
        problems.add(ModelProblem.of(resource, here, "script", here));
      }
      if (ModelRules.CAMUNDA_NS.equals(ns) && ("script".equals(local) || "connector".equals(local))) {
        problems.add(ModelProblem.of(resource, here, "script".equals(local) ? "script" : "connector", here));
      }
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
      String value = a.getValue();
      if (decision) {
        if (("expressionLanguage".equals(name)) && !FEEL.contains(value.trim().toLowerCase(java.util.Locale.ROOT))
            && !FEEL.contains(value.trim())) {
          problems.add(ModelProblem.of(resource, here, "decisionLanguage", value));
        }
        continue;
      }
      // camunda:class on a task, or class on a camunda:executionListener / taskListener (unqualified there)
      boolean camunda = ModelRules.CAMUNDA_NS.equals(a.getNamespaceURI())
          || a.getNamespaceURI() == null && ModelRules.CAMUNDA_NS.equals(ns);
      if (camunda && ("class".equals(name) || name.endsWith("Class"))) {
        problems.add(ModelProblem.of(resource, here, "javaClass", "camunda:" + name, value));
      } else if (camunda && "resource".equals(name)) {
        problems.add(ModelProblem.of(resource, here, "externalResource", value));
      } else if ("scriptFormat".equals(name) || "language".equals(name) && !value.isBlank()) {
        problems.add(ModelProblem.of(resource, here, "scriptLanguage", value));
      } else {
        checkExpressions(resource, here, value, problems);
        if ("delegateExpression".equals(name)) {
          // the whole expression names the delegate: on listeners the attribute is unqualified
          for (String expression : expressions(value)) {
            String bean = expression.trim();
            if (beans.isBean(bean) && !beans.isPublished(bean)) {
              problems.add(ModelProblem.of(resource, here, "unpublishedBean", expression, bean));
            }
          }
        }
      }
    }
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        walk(resource, (Element) child, here, decision, problems);
      }
    }
    if (!decision) {
      checkExpressions(resource, here, text.toString(), problems);
    }
  }

  private void checkExpressions(String resource, String elementId, String text, List<ModelProblem> problems) {
    if (text == null || !(text.contains("${") || text.contains("#{"))) {
      return;
    }
    for (String expression : expressions(text)) {
      Names names = names(expression);
      for (String member : names.members) {
        if (!ExpressionSandbox.allowedMember(member)) {
          problems.add(ModelProblem.of(resource, elementId, "refusedMember", expression, member));
        }
      }
      for (String top : names.topLevel) {
        if (!ENGINE_NAMES.contains(top) && beans.isBean(top) && !beans.isPublished(top)) {
          problems.add(ModelProblem.of(resource, elementId, "unpublishedBean", expression, top));
        }
      }
    }
  }

  /** The bodies of the {@code ${…}} and {@code #{…}} in a text (string literals inside them may hold braces). */
  static List<String> expressions(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length() - 1) {
      char c = text.charAt(i);
      if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
        int depth = 1;
        int j = i + 2;
        char quote = 0;
        while (j < text.length() && depth > 0) {
          char d = text.charAt(j);
          if (quote != 0) {
            if (d == '\\') {
              j++;
            } else if (d == quote) {
              quote = 0;
            }
          } else if (d == '\'' || d == '"') {
            quote = d;
          } else if (d == '{') {
            depth++;
          } else if (d == '}') {
            depth--;
          }
          j++;
        }
        out.add(text.substring(i + 2, Math.max(i + 2, depth == 0 ? j - 1 : j)));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  record Names(Set<String> topLevel, Set<String> members) {
  }

  /**
   * The names in an expression: top-level identifiers used as objects (variables, beans), and members (after a dot, or a string in
   * brackets; every string literal counts, so {@code x['getClass']} is seen too).
   */
  static Names names(String expression) {
    Set<String> top = new LinkedHashSet<>();
    Set<String> members = new LinkedHashSet<>();
    int i = 0;
    char previous = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (c == '\'' || c == '"') {
        StringBuilder s = new StringBuilder();
        int j = i + 1;
        while (j < expression.length() && expression.charAt(j) != c) {
          if (expression.charAt(j) == '\\' && j + 1 < expression.length()) {
            j++;
          }
          s.append(expression.charAt(j));
          j++;
        }
        members.add(s.toString().trim());
        i = j + 1;
        previous = c;
      } else if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < expression.length() && Character.isJavaIdentifierPart(expression.charAt(j))) {
          j++;
        }
        String word = expression.substring(i, j);
        int k = j;
        while (k < expression.length() && Character.isWhitespace(expression.charAt(k))) {
          k++;
        }
        boolean functionPrefix = k < expression.length() && expression.charAt(k) == ':'
            && expression.substring(k + 1).matches("(?s)\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\(.*");
        if (previous == '.') {
          members.add(word);
        } else if (!EL_WORDS.contains(word) && !functionPrefix) {
          // a name used as an object (x.y, x[...]) : a bean or a variable; a bare name may be a variable that
          // happens to share a bean's name (variables come first), so it is not held against the model
          boolean dereferenced = k < expression.length() && (expression.charAt(k) == '.' || expression.charAt(k) == '[');
          if (dereferenced) {
            top.add(word);
          }
        }
        i = j;
        previous = 'a';
      } else {
        if (!Character.isWhitespace(c)) {
          previous = c;
        }
        i++;
      }
    }
    return new Names(top, members);
  }
}
