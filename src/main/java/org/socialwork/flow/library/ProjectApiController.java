package org.socialwork.flow.library;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The project library as JSON, scoped to the caller's stations (and the district-wide projects). */
@RestController
@Tag(name = "projects", description = "The project library (项目库)")
class ProjectApiController {

  private final Projects projects;

  ProjectApiController(Projects projects) {
    this.projects = projects;
  }

  @GetMapping("/api/projects")
  @Operation(summary = "Projects run at the caller's stations and district-wide ones, newest period first, one page: "
      + "{items, total, page, size}; filter by category. 400 names a bad page or size.")
  ListPage<Project> list(@AuthenticationPrincipal StaffMember member,
                         @RequestParam(required = false) String category,
                         @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    return projects.list(member, category, Paging.of(page, size));
  }

  @GetMapping("/api/projects/{id}")
  @Operation(summary = "One project with its stations; 404 outside the caller's scope")
  Project read(@PathVariable Long id, @AuthenticationPrincipal StaffMember member) {
    return projects.find(id, member);
  }
}
