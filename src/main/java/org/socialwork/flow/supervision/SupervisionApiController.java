package org.socialwork.flow.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Supervision records as JSON, in the caller's scope (404 outside it). Tasks go through /api/tasks. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "supervision", description = "Mentor supervision: pairs, sessions (督导记录表), action items")
class SupervisionApiController {

  private final SupervisionRecords records;

  SupervisionApiController(SupervisionRecords records) {
    this.records = records;
  }

  @GetMapping
  @Operation(summary = "The caller's pairs, the pairs they oversee, their sessions, overdue sessions and action items")
  SupervisionRecords.Overview overview(@AuthenticationPrincipal StaffMember member) {
    return records.overview(member);
  }

  @GetMapping("/pairs/{pairNo}")
  @Operation(summary = "A pair with its sessions and the supervisee's hours per month")
  SupervisionRecords.PairRecord pair(@PathVariable String pairNo, @AuthenticationPrincipal StaffMember member) {
    return records.pair(pairNo, member);
  }

  @GetMapping("/supervisees/{username}")
  @Operation(summary = "A supervisee's sessions, hours per month and open action items")
  SupervisionRecords.SuperviseeRecord supervisee(@PathVariable String username,
                                                 @AuthenticationPrincipal StaffMember member) {
    return records.supervisee(username, member);
  }

  @GetMapping("/sessions/{id}")
  @Operation(summary = "One session's record: supervisees with reflections, cases discussed, action items")
  SupervisionRecords.SessionRecord session(@PathVariable Long id, @AuthenticationPrincipal StaffMember member) {
    return records.session(id, member);
  }

  @GetMapping("/action-items")
  @Operation(summary = "The caller's action items, open first")
  List<ActionItem> actionItems(@AuthenticationPrincipal StaffMember member) {
    return records.myActionItems(member);
  }
}
