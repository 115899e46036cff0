package org.socialwork.flow.tasklist;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FieldMessage;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.form.UploadedFile;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task page: the form, the case beside it; claim, release and complete. */
@Controller
class TaskController {

  private final TaskCompletion completion;
  private final FormRenderer renderer;
  private final List<TaskContext> contexts;
  private final Stations stations;
  private final StaffDirectory staff;
  private final ModelTexts texts;
  private final TaskReading reading;
  private final TaskDrafts drafts;

  TaskController(TaskCompletion completion, FormRenderer renderer, List<TaskContext> contexts, Stations stations,
                 StaffDirectory staff, ModelTexts texts, TaskReading reading, TaskDrafts drafts) {
    this.drafts = drafts;
    this.texts = texts;
    this.reading = reading;
    this.completion = completion;
    this.renderer = renderer;
    this.contexts = contexts;
    this.stations = stations;
    this.staff = staff;
  }

  @GetMapping("/tasks/{taskId}")
  String showTask(@PathVariable String taskId, @AuthenticationPrincipal StaffMember member, Locale locale,
                  Model model) {
    WorkItem task = reading.read(taskId, member, "PAGE");
    java.util.Optional<TaskDrafts.Saved> draft = drafts.find(taskId, member);
    draft.ifPresent(d -> model.addAttribute("draftSavedAt", d.savedAt()));
    return taskPage(task, draft.map(TaskDrafts.Saved::values).orElseGet(() -> completion.currentValues(task)),
        Map.of(), member, locale, model);
  }

  @PostMapping("/tasks/{taskId}")
  String processTaskForm(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> params,
                         @AuthenticationPrincipal StaffMember member, Locale locale, Model model,
                         RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request,
                         jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    WorkItem task = completion.find(taskId, member);
    if (params.containsKey("_draft")) {
      // 保存草稿: kept as typed, without the form's rules, until the task is completed
      drafts.save(taskId, FormValidator.fromParams(params), member);
      redirect.addFlashAttribute("notice", "task.draftSaved");
      redirect.addFlashAttribute("noticeArg", texts.taskName(task.processKey(), task.taskKey(), task.name(), locale));
      return "redirect:/tasks/" + taskId;
    }
    Map<String, Object> submitted = FormValidator.fromParams(params);
    submitted.putAll(files(request));
    try {
      completion.complete(taskId, submitted, member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return taskPage(task, e.submitted(), e.errors().asMap(), member, locale, model);
    }
    redirect.addFlashAttribute("notice", "task.completed");
    redirect.addFlashAttribute("noticeArg", texts.taskName(task.processKey(), task.taskKey(), task.name(), locale));
    return "redirect:/tasks";
  }

  /** The files of the form's filepicker fields (a multipart form), by field; fields without a file left out. */
  private static Map<String, Object> files(jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    org.springframework.web.multipart.MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils
        .getNativeRequest(request, org.springframework.web.multipart.MultipartHttpServletRequest.class);
    if (multipart != null) {
      for (Map.Entry<String, List<org.springframework.web.multipart.MultipartFile>> e
          : multipart.getMultiFileMap().entrySet()) {
        List<UploadedFile> chosen = new java.util.ArrayList<>();
        for (org.springframework.web.multipart.MultipartFile f : e.getValue()) {
          if (!f.isEmpty()) {
            chosen.add(new UploadedFile(f.getOriginalFilename(), f.getBytes()));
          }
        }
        if (!chosen.isEmpty()) {
          out.put(e.getKey(), chosen);
        }
      }
    }
    return out;
  }

  @PostMapping("/tasks/{taskId}/claim")
  String claim(@PathVariable String taskId, @AuthenticationPrincipal StaffMember member) {
    completion.claim(taskId, member);
    return "redirect:/tasks/" + taskId;
  }

  @PostMapping("/tasks/{taskId}/unclaim")
  String unclaim(@PathVariable String taskId, @AuthenticationPrincipal StaffMember member,
                 RedirectAttributes redirect) {
    completion.unclaim(taskId, member);
    redirect.addFlashAttribute("notice", "task.released");
    redirect.addFlashAttribute("noticeArg", taskId);
    return "redirect:/tasks?tab=unclaimed";
  }

  private String taskPage(WorkItem task, Map<String, Object> values, Map<String, FieldMessage> errors,
                          StaffMember member, Locale locale, Model model) {
    model.addAttribute("task", task);
    model.addAttribute("taskTitle", texts.taskName(task.processKey(), task.taskKey(), task.name(), locale));
    model.addAttribute("mine", member.username().equals(task.assignee()));
    // people and stations by name on the page; codes stay in URLs and the API
    if (task.stationCode() != null) {
      model.addAttribute("stationName", stations.find(task.stationCode()).map(Station::name)
          .orElse(task.stationCode()));
    }
    if (task.assignee() != null) {
      model.addAttribute("assigneeName", staff.nameOf(task.assignee()));
    }
    List<org.socialwork.flow.form.FieldView> fields = renderer.render(completion.formOf(task), values, errors,
        new FormContext(member.username(), task.stationCode()), locale);
    model.addAttribute("fields", fields);
    model.addAttribute("multipart", fields.stream().anyMatch(f -> "filepicker".equals(f.type())));
    model.addAttribute("hasErrors", !errors.isEmpty());
    java.util.Optional.ofNullable(task.link())
        .or(() -> contexts.stream().map(c -> c.recordLink(task)).flatMap(java.util.Optional::stream).findFirst())
        .ifPresent(link -> model.addAttribute("recordLink", link));
    model.addAttribute("context", contexts.stream().flatMap(c -> c.describe(task, member, locale).stream()).toList());
    model.addAttribute("documents", contexts.stream()
        .flatMap(c -> c.documents(task, member, locale).stream()).toList());
    return "task";
  }
}
