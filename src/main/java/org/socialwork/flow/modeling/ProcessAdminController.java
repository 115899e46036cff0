package org.socialwork.flow.modeling;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormSchema;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 流程管理 (group {@code admins}; the path is closed to everyone else in SecurityConfiguration): processes and their
 * versions, the diagram of a version with the instances waiting at each activity, the browser modeler with check,
 * impact preview and deploy, the upload of BPMN, DMN and form files with a preview, migration of running instances
 * and the audit.
 */
@Controller
class ProcessAdminController {

  private final ProcessCatalog catalog;
  private final ModelDeployment deployment;
  private final ImpactPreview impact;
  private final InstanceMigration migration;
  private final ModelAudit audit;
  private final ModelRules rules;
  private final FormRenderer renderer;
  private final MessageSource messages;
  private final FormEditing formEditing;

  ProcessAdminController(ProcessCatalog catalog, ModelDeployment deployment, ImpactPreview impact,
                         InstanceMigration migration, ModelAudit audit, ModelRules rules, FormRenderer renderer,
                         MessageSource messages, FormEditing formEditing) {
    this.formEditing = formEditing;
    this.catalog = catalog;
    this.deployment = deployment;
    this.impact = impact;
    this.migration = migration;
    this.audit = audit;
    this.rules = rules;
    this.renderer = renderer;
    this.messages = messages;
  }

  @GetMapping("/admin/processes")
  String listProcesses(Model model) {
    model.addAttribute("processes", catalog.processes());
    model.addAttribute("audit", audit.latest(50));
    return "modeling/processes";
  }

  @GetMapping("/admin/processes/{key}")
  String showProcess(@PathVariable String key, Model model) {
    List<ProcessCatalog.VersionRow> versions = catalog.versions(key);
    model.addAttribute("key", key);
    model.addAttribute("versions", versions);
    model.addAttribute("latest", versions.get(0));
    model.addAttribute("audit", audit.ofProcess(key, 100));
    return "modeling/process";
  }

  @GetMapping("/admin/processes/definitions/{id}")
  String showVersion(@PathVariable String id, Model model) {
    ProcessCatalog.VersionRow version = catalog.version(id);
    model.addAttribute("version", version);
    model.addAttribute("waiting", catalog.waiting(id));
    model.addAttribute("xml", new String(catalog.xml(id), StandardCharsets.UTF_8));
    model.addAttribute("latest", catalog.versions(version.key()).get(0));
    model.addAttribute("forms", formEditing.forms(id));
    return "modeling/version";
  }

  @GetMapping("/admin/processes/definitions/{id}/xml")
  ResponseEntity<byte[]> downloadModel(@PathVariable String id, @AuthenticationPrincipal StaffMember member) {
    ProcessDefinition d = catalog.definition(id);
    byte[] xml = catalog.xml(id);
    audit.downloaded(member.username(), d.getKey(), d.getVersion(), d.getId());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(d.getKey() + "-v" + d.getVersion() + ".bpmn", StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.APPLICATION_XML).body(xml);
  }

  @GetMapping("/admin/processes/definitions/{id}/edit")
  String initEditForm(@PathVariable String id, Model model) {
    ProcessCatalog.VersionRow version = catalog.version(id);
    model.addAttribute("version", version);
    model.addAttribute("xml", new String(catalog.xml(id), StandardCharsets.UTF_8));
    return "modeling/editor";
  }

  /** The edited XML as the modeler posts it (JSON, so the size is bounded by our setting, not by form limits). */
  record EditedModel(String xml) {
  }

  @PostMapping("/admin/processes/definitions/{id}/check")
  @ResponseBody
  ResponseEntity<Map<String, Object>> checkEdit(@PathVariable String id, @RequestBody EditedModel edit, Locale locale) {
    ProcessDefinition d = catalog.definition(id);
    List<ModelProblem> problems = deployment.check(Map.of(d.getResourceName(), bytes(edit)));
    return ResponseEntity.ok(Map.of("problems", describe(problems, locale)));
  }

  @PostMapping("/admin/processes/definitions/{id}/impact")
  @ResponseBody
  ResponseEntity<Map<String, Object>> previewImpact(@PathVariable String id, @RequestBody EditedModel edit,
                                                    Locale locale) {
    ProcessDefinition d = catalog.definition(id);
    List<ModelProblem> problems = rules.checkFile(d.getResourceName(), bytes(edit));
    if (!problems.isEmpty()) {
      return ResponseEntity.unprocessableEntity().body(Map.of("problems", describe(problems, locale)));
    }
    return ResponseEntity.ok(Map.of("rows", impact.of(d.getKey(), bytes(edit))));
  }

  @PostMapping("/admin/processes/definitions/{id}/deploy")
  @ResponseBody
  ResponseEntity<Map<String, Object>> deployEdit(@PathVariable String id, @RequestBody EditedModel edit,
                                                 Locale locale) {
    ProcessDefinition d = catalog.definition(id);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(d.getResourceName(), bytes(edit));
    ModelDeployment.Outcome outcome = deployment.deploy(d.getKey(), files);
    if (!outcome.deployed()) {
      return ResponseEntity.unprocessableEntity().body(Map.of("problems", describe(outcome.problems(), locale)));
    }
    ProcessDefinition next = outcome.definitions().stream().filter(p -> p.getKey().equals(d.getKey())).findFirst()
        .orElse(outcome.definitions().isEmpty() ? null : outcome.definitions().get(0));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deploymentId", outcome.deploymentId());
    if (next != null) {
      body.put("definitionId", next.getId());
      body.put("version", next.getVersion());
      body.put("url", "/admin/processes/definitions/" + next.getId());
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  @GetMapping("/admin/processes/definitions/{id}/forms/{formKey}")
  String initFormEditForm(@PathVariable String id, @PathVariable String formKey,
                          @AuthenticationPrincipal StaffMember member, Locale locale, Model model) {
    FormEditing.DeployedForm form = formEditing.form(id, formKey);
    return formEditorPage(id, formKey, form.json(), List.of(), member, locale, model);
  }

  /** {@code preview} renders the edited form with our renderer; {@code deploy} deploys it with the version's BPMN. */
  @PostMapping("/admin/processes/definitions/{id}/forms/{formKey}")
  String processFormEditForm(@PathVariable String id, @PathVariable String formKey, @RequestParam String json,
                             @RequestParam(defaultValue = "preview") String action,
                             @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                             RedirectAttributes redirect, HttpServletResponse response) {
    FormEditing.DeployedForm form = formEditing.form(id, formKey);
    List<ModelProblem> problems = new java.util.ArrayList<>(
        rules.checkFile(form.resourceName(), json.getBytes(StandardCharsets.UTF_8)));
    if (problems.isEmpty() && "deploy".equals(action)) {
      ModelDeployment.Outcome outcome = formEditing.deploy(id, formKey, json);
      if (outcome.deployed() && !outcome.definitions().isEmpty()) {
        ProcessDefinition next = outcome.definitions().get(0);
        redirect.addFlashAttribute("notice", "modeling.editor.deployed");
        redirect.addFlashAttribute("noticeArg", String.valueOf(next.getVersion()));
        return "redirect:/admin/processes/definitions/" + next.getId();
      }
      problems.addAll(outcome.problems());
    }
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    }
    return formEditorPage(id, formKey, json, problems, member, locale, model);
  }

  private String formEditorPage(String id, String formKey, String json, List<ModelProblem> problems,
                                StaffMember member, Locale locale, Model model) {
    model.addAttribute("version", catalog.version(id));
    model.addAttribute("formKey", formKey);
    model.addAttribute("json", json);
    model.addAttribute("problems", describe(problems, locale));
    if (problems.isEmpty()) {
      model.addAttribute("fields", renderer.render(FormSchema.parse(json), Map.of(), Map.of(),
          new FormContext(member.username(), null), locale));
    }
    return "modeling/form-editor";
  }

  @GetMapping("/admin/models")
  String initUploadForm(Model model) {
    model.addAttribute("maxFileSize", rules.maxFileSize() / 1024 / 1024 + " MB");
    return "modeling/upload";
  }

  /** Upload of BPMN, DMN and form files: {@code preview} shows them (forms rendered by our renderer), {@code deploy} deploys them as one deployment. */
  @PostMapping("/admin/models")
  String processUploadForm(@RequestParam(name = "files", required = false) List<MultipartFile> uploads,
                           @RequestParam(defaultValue = "preview") String action,
                           @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                           HttpServletResponse response) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    if (uploads != null) {
      for (MultipartFile f : uploads) {
        if (!f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()) {
          files.put(f.getOriginalFilename(), f.getBytes());
        }
      }
    }
    List<ModelProblem> problems = new java.util.ArrayList<>();
    files.forEach((name, bytes) -> problems.addAll(rules.checkFile(name, bytes)));
    if (files.isEmpty()) {
      problems.add(ModelProblem.of("", null, "noFiles"));
    }
    if (problems.isEmpty()) {
      if ("deploy".equals(action)) {
        ModelDeployment.Outcome outcome = deployment.deploy(String.join(", ", files.keySet()), files);
        problems.addAll(outcome.problems());
        if (outcome.deployed()) {
          model.addAttribute("deployed", outcome.definitions());
          model.addAttribute("deploymentId", outcome.deploymentId());
        }
      } else {
        problems.addAll(deployment.check(files));
        preview(files, member, locale, model);
      }
    }
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    }
    model.addAttribute("problems", describe(problems, locale));
    model.addAttribute("fileNames", List.copyOf(files.keySet()));
    model.addAttribute("maxFileSize", rules.maxFileSize() / 1024 / 1024 + " MB");
    return "modeling/upload";
  }

  @GetMapping("/admin/processes/migrate")
  String initMigrationForm(@RequestParam String source, @RequestParam String target, Model model) {
    model.addAttribute("proposal", migration.propose(source, target));
    return "modeling/migrate";
  }

  @PostMapping("/admin/processes/migrate")
  String processMigrationForm(@RequestParam String source, @RequestParam String target,
                              @RequestParam(name = "instance", required = false) List<String> instances,
                              @AuthenticationPrincipal StaffMember member, Model model, HttpServletResponse response) {
    try {
      Batch batch = migration.start(source, target, instances == null ? List.of() : instances, member.username());
      return "redirect:/admin/processes/batches/" + batch.getId() + "?key=" + catalog.definition(source).getKey();
    } catch (MigrationRefusedException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("proposal", migration.propose(source, target));
      model.addAttribute("problem", e.code());
      return "modeling/migrate";
    }
  }

  @GetMapping("/admin/processes/batches/{id}")
  String showBatch(@PathVariable String id, @RequestParam(required = false) String key, Model model) {
    model.addAttribute("progress", migration.progress(id));
    model.addAttribute("key", key == null ? "" : key);
    return "modeling/batch";
  }

  private void preview(Map<String, byte[]> files, StaffMember member, Locale locale, Model model) {
    Map<String, Object> forms = new LinkedHashMap<>();
    Map<String, Object> decisions = new LinkedHashMap<>();
    Map<String, String> diagrams = new LinkedHashMap<>();
    files.forEach((name, bytes) -> {
      switch (ModelKind.of(name).orElseThrow()) {
        case FORM -> forms.put(name, renderer.render(FormSchema.parse(new String(bytes, StandardCharsets.UTF_8)),
            Map.of(), Map.of(), new FormContext(member.username(), null), locale));
        case DMN -> {
          DmnModelInstance dmn = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
          decisions.put(name, dmn.getModelElementsByType(Decision.class).stream().map(DecisionView::of).toList());
        }
        case BPMN -> diagrams.put(name, new String(bytes, StandardCharsets.UTF_8));
        default -> throw new IllegalStateException();
      }
    });
    model.addAttribute("formPreviews", forms);
    model.addAttribute("decisionPreviews", decisions);
    model.addAttribute("diagramPreviews", diagrams);
  }

  private static byte[] bytes(EditedModel edit) {
    return edit == null || edit.xml() == null ? new byte[0] : edit.xml().getBytes(StandardCharsets.UTF_8);
  }

  private List<Map<String, String>> describe(List<ModelProblem> problems, Locale locale) {
    return problems.stream().map(p -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("resource", p.resource());
      m.put("elementId", p.elementId() == null ? "" : p.elementId());
      m.put("code", p.code());
      m.put("message", messages.getMessage(p.messageCode(), p.args().toArray(), p.code(), locale));
      return m;
    }).toList();
  }
}
