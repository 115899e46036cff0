package org.socialwork.flow.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.FormWithOptions;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/processes")
@Tag(name = "processes", description = "Processes the caller may start, and starting them")
class ProcessApiController {

  private final ProcessStart start;
  private final FormWithOptions withOptions;
  private final ModelTexts texts;

  ProcessApiController(ProcessStart start, FormWithOptions withOptions, ModelTexts texts) {
    this.start = start;
    this.withOptions = withOptions;
    this.texts = texts;
  }

  @GetMapping
  @Operation(summary = "Processes the caller may start, latest versions, with their start form schema")
  List<ProcessJson> list(@AuthenticationPrincipal StaffMember member, Locale locale) {
    return start.startableBy(member).stream()
        .map(p -> json(p.in(texts, locale), member))
        .toList();
  }

  @GetMapping("/{processKey}")
  @Operation(summary = "One process the caller may start, with its start form schema and the caller's options")
  ProcessJson read(@PathVariable String processKey, @AuthenticationPrincipal StaffMember member, Locale locale) {
    return json(start.startable(processKey, member).in(texts, locale), member);
  }

  private ProcessJson json(ProcessStart.Startable p, StaffMember member) {
    FormWithOptions.Filled filled = withOptions.of(p.form(), new FormContext(member.username(), null));
    return new ProcessJson(p.key(), p.name(), p.version(), filled.form(), filled.data());
  }

  @PostMapping("/{processKey}/start")
  @Operation(summary = "Start with the start form's fields as JSON: 201 with the instance id and business key")
  ResponseEntity<ProcessStart.Started> start(@PathVariable String processKey,
                                              @RequestBody Map<String, Object> fields,
                                              @AuthenticationPrincipal StaffMember member) {
    ProcessStart.Started started = start.start(processKey, fields, member);
    // the record's page under /api: /api/cases/<no> for casework, /api/supervision/pairs/<no> for a supervision pair
    return ResponseEntity.created(URI.create("/api" + start.pageAfterStart(processKey, started.businessKey())))
        .body(started);
  }

  /** {@code form}: the schema with each valuesKey field's allowed values; {@code data}: the same keyed by valuesKey. */
  record ProcessJson(String key, String name, int version, JsonNode form, Map<String, List<FormOption>> data) {
  }
}
