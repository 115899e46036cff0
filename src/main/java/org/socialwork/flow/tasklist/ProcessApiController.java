package org.socialwork.flow.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
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

  ProcessApiController(ProcessStart start) {
    this.start = start;
  }

  @GetMapping
  @Operation(summary = "Processes the caller may start, latest versions, with their start form schema")
  List<ProcessJson> list(@AuthenticationPrincipal StaffMember member) {
    return start.startableBy(member).stream()
        .map(p -> new ProcessJson(p.key(), p.name(), p.version(), p.form().document()))
        .toList();
  }

  @PostMapping("/{processKey}/start")
  @Operation(summary = "Start with the start form's fields as JSON: 201 with the instance id and business key")
  ResponseEntity<ProcessStart.Started> start(@PathVariable String processKey,
                                              @RequestBody Map<String, Object> fields,
                                              @AuthenticationPrincipal StaffMember member) {
    ProcessStart.Started started = start.start(processKey, fields, member);
    // the JSON of the started record sits under /api at the path of its page (/api/cases/…, /api/inspections/…)
    return ResponseEntity.created(URI.create("/api" + start.pageOf(processKey, started.businessKey()))).body(started);
  }

  record ProcessJson(String key, String name, int version, JsonNode form) {
  }
}
