package org.socialwork.flow.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.problem.InvalidParameterException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "cases", description = "Case files within the caller's station scope")
class CaseApiController {

  private final CaseFiles caseFiles;
  private final CaseNotes notes;

  CaseApiController(CaseFiles caseFiles, CaseNotes notes) {
    this.caseFiles = caseFiles;
    this.notes = notes;
  }

  @GetMapping
  @Operation(summary = "Cases in the caller's scope, one page: {items, total, page, size}, newest first (then by id), "
      + "filtered by q (case number or the start of the client's name), stage (CaseStatus), risk (high/medium/low), "
      + "worker, station, overdue=true and the days of registration from/to (yyyy-MM-dd, both included); page from 0, size 1-200 (default 50); 400 names a bad parameter")
  ListPage<CaseLine> list(@RequestParam(required = false) String q, @RequestParam(required = false) String stage,
                          @RequestParam(required = false) String risk, @RequestParam(required = false) String worker,
                          @RequestParam(required = false) Boolean overdue,
                          @RequestParam(required = false) String station,
                          @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                          @AuthenticationPrincipal StaffMember member) {
    CaseFilter filter;
    try {
      filter = CaseFilter.of(q, stage, risk, worker, overdue, station, from, to);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("stage", e.getMessage());
    }
    return caseFiles.list(member, filter, Paging.of(page, size)).map(c -> new CaseLine(c.caseNo(), c.stationCode(),
        c.clientName(), c.maskedIdNumber(), c.status().name(), c.riskLevel(), c.responsibleWorker(),
        c.responsibleWorkerName(), c.registeredAt()));
  }

  record CaseLine(String caseNo, String stationCode, String client, String idNumber, String status, String riskLevel,
                  String responsibleWorker, String responsibleWorkerName, java.time.LocalDateTime registeredAt) {
  }

  @GetMapping("/{caseNo}")
  @Operation(summary = "One case file: client, intake record, decisions, referrals, open tasks, history; 404 outside scope")
  CaseJson read(@PathVariable String caseNo, @AuthenticationPrincipal StaffMember member, Locale locale) {
    CaseDossier d = caseFiles.read(caseNo, member, "API", locale);
    CaseFile c = d.caseFile();
    Client cl = d.client();
    return new CaseJson(c.getCaseNo(), c.getStationCode(), d.stationName(), c.getStatus().name(),
        c.getResponsibleWorker(), c.getRegisteredBy(), c.getMentor(), c.getRiskLevel(),
        new ClientJson(cl.getFullName(), d.idNumber(), cl.getSex(), cl.getBirthDate().toString(), cl.getPhone(),
            cl.getAddress(), cl.getPersonType()),
        d.intake(), d.decisions(), d.referrals(), d.assessments(), d.plan(), d.notes(), d.closure(), d.followUps(),
        d.openTasks().stream().map(t -> Map.of("id", t.id(), "name", t.name(),
            "assignee", t.assignee() == null ? "" : t.assignee())).toList());
  }

  @PostMapping("/{caseNo}/notes")
  @Operation(summary = "Add a case note (form case-note): 201; 400 with field messages; 403 for readers outside the "
      + "station; 409 once the case is past its service stage")
  ResponseEntity<Void> addNote(@PathVariable String caseNo, @RequestBody Map<String, Object> fields,
                               @AuthenticationPrincipal StaffMember member) {
    notes.add(caseNo, fields, member);
    return ResponseEntity.created(URI.create("/api/cases/" + caseNo)).build();
  }

  record ClientJson(String name, String idNumber, String sex, String birthDate, String phone, String address,
                    String personType) {
  }

  record CaseJson(String caseNo, String stationCode, String stationName, String status, String responsibleWorker,
                  String registeredBy, String mentor, String riskLevel, ClientJson client, IntakeRecord intake,
                  List<CaseDecision> decisions, List<Referral> referrals, List<Assessment> assessments,
                  ServicePlan plan, List<CaseNote> notes, ClosureReport closure, List<FollowUp> followUps,
                  List<Map<String, String>> openTasks) {
  }
}
