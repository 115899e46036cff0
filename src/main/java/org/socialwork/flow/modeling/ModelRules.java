package org.socialwork.flow.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.socialwork.flow.form.FormSchema;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.system.ModelBeans;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The project's rules for models, checked before anything is deployed, whichever way the deployment comes (the
 * administration pages or /engine-rest): only BPMN, DMN and form files, none too large, well-formed, and for each
 * process: executable, a history time to live, readable ids (never the modeler's {@code Activity_0abc123}), every user
 * task with a form that resolves and with candidate groups or an assignee, candidate groups that are district groups,
 * existing groups, {@code station-${stationCode}-worker|supervisor} or one whole expression (never one station
 * literally), every delegate expression naming a bean, and no code in any model ({@link CodeInModels}: no Java
 * class, script, external resource or connector, expressions naming only variables and published beans).
 *
 * <p>A form or decision referenced with binding {@code deployment} that the deployment lacks but that is already
 * deployed is carried into the new deployment (so a process version always has its forms).
 */
@Component
@org.springframework.boot.context.properties.EnableConfigurationProperties(ModelingSettings.class)
public class ModelRules {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  /** bpmn-js and Camunda Modeler name new elements {@code Activity_0abc123}, {@code Gateway_1x2y3z4}, {@code StartEvent_1}. */
  private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_(?=[0-9a-z]*[0-9])[0-9a-z]{7}$|^[A-Za-z]+_\\d+$");
  /** A station's group from a variable ({@code station-${stationCode}-worker}), or a whole expression ({@code ${group}}). */
  private static final Pattern GROUP_EXPRESSION = Pattern.compile(
      "^station-\\$\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}-(worker|supervisor)$|^[$#]\\{[^{}]+}$");
  private static final Pattern LITERAL_STATION_GROUP = Pattern.compile("^station-[A-Za-z0-9_.]+-(worker|supervisor)$");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(\\.[^}]*)?}$");
  private static final Set<String> DISTRICT_GROUPS = Set.of(Role.EXPERT_SUPERVISORS, Role.LEADING_GROUP, Role.ADMINS);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelingSettings settings;
  private final ModelBeans beans;
  private final CodeInModels code;

  public ModelRules(ModelingSettings settings, ModelBeans beans) {
    this.settings = settings;
    this.beans = beans;
    this.code = new CodeInModels(beans);
  }

  /** The outcome: the problems (none means deployable) and the files to carry into the deployment. */
  public record Review(List<ModelProblem> problems, Map<String, byte[]> carried) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  public long maxFileSize() {
    return settings.maxFileSize().toBytes();
  }

  /**
   * The checks that need nothing but the file: kind, size, well-formed XML or JSON and the model schema. Used on each
   * upload before it is looked at further.
   */
  public List<ModelProblem> checkFile(String name, byte[] bytes) {
    List<ModelProblem> problems = new ArrayList<>();
    Optional<ModelKind> kind = ModelKind.of(name);
    if (kind.isEmpty()) {
      problems.add(ModelProblem.of(name, null, "type", name));
      return problems;
    }
    if (bytes.length > maxFileSize()) {
      problems.add(ModelProblem.of(name, null, "size", megabytes(bytes.length), megabytes(maxFileSize())));
      return problems;
    }
    if (bytes.length == 0) {
      problems.add(ModelProblem.of(name, null, "empty"));
      return problems;
    }
    switch (kind.get()) {
      case BPMN -> {
        if (wellFormed(name, bytes, problems)) {
          try {
            Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
            problems.addAll(code.inProcess(name, bytes));
          } catch (RuntimeException e) {
            problems.add(ModelProblem.of(name, null, "bpmn", rootMessage(e)));
          }
        }
      }
      case DMN -> {
        if (wellFormed(name, bytes, problems)) {
          try {
            Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
            problems.addAll(code.inDecision(name, bytes));
          } catch (RuntimeException e) {
            problems.add(ModelProblem.of(name, null, "dmn", rootMessage(e)));
          }
        }
      }
      case FORM -> {
        try {
          JsonNode root = JSON.readTree(bytes);
          if (root == null || !root.isObject() || !root.path("id").isTextual() || root.path("id").asText().isBlank()
              || !root.path("components").isArray()) {
            problems.add(ModelProblem.of(name, null, "form"));
          } else {
            FormSchema.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
          }
        } catch (java.io.IOException e) {
          problems.add(ModelProblem.of(name, null, "json", firstLine(e.getMessage())));
        } catch (RuntimeException e) {
          problems.add(ModelProblem.of(name, null, "form"));
        }
      }
      default -> throw new IllegalStateException();
    }
    return problems;
  }

  /** All rules over the files of one deployment. */
  public Review review(Map<String, byte[]> resources, DeployedModels deployed) {
    List<ModelProblem> problems = new ArrayList<>();
    Map<String, BpmnModelInstance> processes = new LinkedHashMap<>();
    Set<String> formKeys = new HashSet<>();
    Set<String> decisionKeys = new HashSet<>();
    Set<String> names = new HashSet<>(resources.keySet());
    for (Map.Entry<String, byte[]> r : resources.entrySet()) {
      List<ModelProblem> fileProblems = checkFile(r.getKey(), r.getValue());
      problems.addAll(fileProblems);
      if (!fileProblems.isEmpty()) {
        continue;
      }
      switch (ModelKind.of(r.getKey()).orElseThrow()) {
        case BPMN -> processes.put(r.getKey(), Bpmn.readModelFromStream(new ByteArrayInputStream(r.getValue())));
        case DMN -> {
          DmnModelInstance dmn = Dmn.readModelFromStream(new ByteArrayInputStream(r.getValue()));
          for (Decision d : dmn.getModelElementsByType(Decision.class)) {
            decisionKeys.add(d.getId());
            if (blank(d.getCamundaHistoryTimeToLiveString())) {
              problems.add(ModelProblem.of(r.getKey(), d.getId(), "noDecisionHttl", d.getId()));
            }
          }
        }
        case FORM -> formKeys.add(readFormId(r.getValue()));
        default -> throw new IllegalStateException();
      }
    }
    Map<String, byte[]> carried = new LinkedHashMap<>();
    for (Map.Entry<String, BpmnModelInstance> p : processes.entrySet()) {
      checkProcess(p.getKey(), p.getValue(), formKeys, decisionKeys, names, deployed, problems, carried);
    }
    return new Review(problems, carried);
  }

  private void checkProcess(String resource, BpmnModelInstance model, Set<String> formKeys, Set<String> decisionKeys,
                            Set<String> names, DeployedModels deployed, List<ModelProblem> problems,
                            Map<String, byte[]> carried) {
    Collection<org.camunda.bpm.model.bpmn.instance.Process> processes =
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class);
    if (processes.isEmpty()) {
      problems.add(ModelProblem.of(resource, null, "noProcess"));
    }
    for (org.camunda.bpm.model.bpmn.instance.Process process : processes) {
      if (!process.isExecutable()) {
        problems.add(ModelProblem.of(resource, process.getId(), "notExecutable", process.getId()));
      }
      if (blank(process.getCamundaHistoryTimeToLiveString())) {
        problems.add(ModelProblem.of(resource, process.getId(), "noHttl", process.getId()));
      }
      if (generated(process.getId())) {
        problems.add(ModelProblem.of(resource, process.getId(), "generatedId", process.getId()));
      }
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (generated(element.getId())) {
        problems.add(ModelProblem.of(resource, element.getId(), "generatedId", element.getId()));
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      String formRef = start.getAttributeValueNs(CAMUNDA_NS, "formRef");
      if (!blank(formRef)) {
        resolveForm(resource, start.getId(), formRef, start.getAttributeValueNs(CAMUNDA_NS, "formRefBinding"),
            formKeys, names, deployed, problems, carried);
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formRef = task.getCamundaFormRef();
      if (blank(formRef)) {
        problems.add(ModelProblem.of(resource, task.getId(), "noForm", label(task)));
      } else {
        resolveForm(resource, task.getId(), formRef, task.getCamundaFormRefBinding(), formKeys, names, deployed,
            problems, carried);
      }
      String groups = task.getCamundaCandidateGroups();
      if (blank(groups) && blank(task.getCamundaAssignee()) && blank(task.getCamundaCandidateUsers())) {
        problems.add(ModelProblem.of(resource, task.getId(), "noAssignment", label(task)));
      }
      if (!blank(groups)) {
        for (String group : splitGroups(groups)) {
          checkGroup(resource, task.getId(), group, deployed, problems);
        }
      }
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      String ref = task.getCamundaDecisionRef();
      if (blank(ref) || ref.contains("${") || decisionKeys.contains(ref)) {
        continue;
      }
      Optional<DeployedModels.ModelFile> file = deployed.latestDecision(ref);
      if (file.isEmpty()) {
        problems.add(ModelProblem.of(resource, task.getId(), "decisionMissing", ref));
      } else if ("deployment".equals(task.getCamundaDecisionRefBinding())) {
        carry(file.get(), names, carried);
      }
    }
    checkDelegateExpressions(resource, model.getDocument().getRootElement(), null, problems);
  }

  private void resolveForm(String resource, String elementId, String formRef, String binding, Set<String> formKeys,
                           Set<String> names, DeployedModels deployed, List<ModelProblem> problems,
                           Map<String, byte[]> carried) {
    if (formKeys.contains(formRef) || formRef.contains("${")) {
      return;
    }
    Optional<DeployedModels.ModelFile> file = deployed.latestForm(formRef);
    if (file.isEmpty()) {
      problems.add(ModelProblem.of(resource, elementId, "formMissing", formRef));
    } else if ("deployment".equals(binding)) {
      carry(file.get(), names, carried);
    }
  }

  /** Carried under its file name alone (the start-up deployment names its files by their whole path). */
  private static void carry(DeployedModels.ModelFile file, Set<String> names, Map<String, byte[]> carried) {
    String name = file.name().substring(file.name().replace('\\', '/').lastIndexOf('/') + 1);
    if (names.add(name)) {
      carried.put(name, file.bytes());
    }
  }

  private static void checkGroup(String resource, String elementId, String group, DeployedModels deployed,
                                 List<ModelProblem> problems) {
    if (group.contains("${") || group.contains("#{")) {
      if (!GROUP_EXPRESSION.matcher(group).matches()) {
        problems.add(ModelProblem.of(resource, elementId, "unknownGroupExpression", group));
      }
    } else if (LITERAL_STATION_GROUP.matcher(group).matches()) {
      problems.add(ModelProblem.of(resource, elementId, "literalStationGroup", group));
    } else if (!DISTRICT_GROUPS.contains(group) && !deployed.groupExists(group)) {
      problems.add(ModelProblem.of(resource, elementId, "unknownGroup", group));
    }
  }

  private void checkDelegateExpressions(String resource, DomElement element, String nearestId,
                                        List<ModelProblem> problems) {
    String id = element.getAttribute("id");
    String here = blank(id) ? nearestId : id;
    String expression = element.getAttribute(CAMUNDA_NS, "delegateExpression");
    if (!blank(expression)) {
      Matcher m = BEAN_EXPRESSION.matcher(expression.trim());
      if (!m.matches()) {
        problems.add(ModelProblem.of(resource, here, "delegateExpression", expression));
      } else if (!beans.isPublished(m.group(1))) {
        problems.add(beans.isBean(m.group(1))
            ? ModelProblem.of(resource, here, "unpublishedBean", expression, m.group(1))
            : ModelProblem.of(resource, here, "noBean", expression, m.group(1)));
      }
    }
    for (DomElement child : element.getChildElements()) {
      checkDelegateExpressions(resource, child, here, problems);
    }
  }

  /** Candidate groups are comma-separated, but an expression may hold commas itself. */
  static List<String> splitGroups(String groups) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char c : groups.toCharArray()) {
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        out.add(current.toString().trim());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().trim());
    }
    return out;
  }

  static boolean generated(String id) {
    return id != null && GENERATED_ID.matcher(id).matches();
  }

  static String readFormId(byte[] bytes) {
    try {
      return JSON.readTree(bytes).path("id").asText();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static boolean wellFormed(String name, byte[] bytes, List<ModelProblem> problems) {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
      return true;
    } catch (SAXParseException e) {
      problems.add(ModelProblem.of(name, null, "xml", e.getLineNumber(), e.getMessage()));
    } catch (Exception e) {
      problems.add(ModelProblem.of(name, null, "xml", 0, rootMessage(e)));
    }
    return false;
  }

  private static String label(FlowElement element) {
    return element.getName() == null ? element.getId() : element.getName();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return firstLine(t.getMessage() == null ? t.toString() : t.getMessage());
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
