package org.socialwork.flow.venture;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Micro-venture as JSON: social organisations and their logins, rounds, applications, objections. Applications start
 * through {@code POST /api/processes/micro-venture/start} and their tasks go through {@code /api/tasks}.
 */
@RestController
@Tag(name = "venture", description = "Micro public-welfare venture (微公益创投): organisations, rounds, applications")
class VentureApiController {

  private final OrganizationRegistration organizations;
  private final RoundCreation rounds;
  private final VentureRecords records;
  private final ObjectionFiling objections;
  private final AgreementDocuments agreements;
  private final ProjectActivities activities;

  VentureApiController(OrganizationRegistration organizations, RoundCreation rounds, VentureRecords records,
                       ObjectionFiling objections, AgreementDocuments agreements, ProjectActivities activities) {
    this.activities = activities;
    this.organizations = organizations;
    this.rounds = rounds;
    this.records = records;
    this.objections = objections;
    this.agreements = agreements;
  }

  @PostMapping("/api/organizations")
  @Operation(summary = "Register a social organisation {name, creditCode, legalRepresentative, phone, stationCodes, "
      + "registrationAuthority?} (leading group, administrators); 400 naming creditCode when its check fails")
  ResponseEntity<Map<String, Object>> register(@RequestBody Map<String, Object> body,
                                               @AuthenticationPrincipal StaffMember member) {
    Long id = organizations.register(body, member);
    return ResponseEntity.created(URI.create("/api/organizations/" + id)).body(Map.of("id", id));
  }

  @GetMapping("/api/organizations/{id}")
  @Operation(summary = "A social organisation (district roles; its own staff)")
  Map<String, Object> organization(@PathVariable Long id, @AuthenticationPrincipal StaffMember member) {
    return records.organization(id, member);
  }

  @PostMapping("/api/organizations/{id}")
  @Operation(summary = "Change a social organisation (the same fields as registering; stationCodes replace those "
      + "served); 400 naming the field")
  Map<String, Object> update(@PathVariable Long id, @RequestBody Map<String, Object> body,
                             @AuthenticationPrincipal StaffMember member) {
    organizations.update(id, body, member);
    return records.organization(id, member);
  }

  @PostMapping("/api/organizations/{id}/members")
  @Operation(summary = "Link a login of role organization to the organisation {username}")
  ResponseEntity<Map<String, Object>> addMember(@PathVariable Long id, @RequestBody Map<String, Object> body,
                                                @AuthenticationPrincipal StaffMember member) {
    organizations.addMember(id, body, member);
    return ResponseEntity.status(201).body(Map.of("organizationId", id, "username", body.get("username")));
  }

  @PostMapping("/api/venture/rounds")
  @Operation(summary = "Set a round {title, tracks, totalBudget, grantRange{min,max}, criteria[{code,name,weight}], "
      + "trancheSplit[], officer, reviewers[], reserveReviewers[], opensOn, closesOn, reviewBy, signingBy}")
  ResponseEntity<Map<String, Object>> createRound(@RequestBody Map<String, Object> body,
                                                  @AuthenticationPrincipal StaffMember member) {
    Long id = rounds.create(body, member);
    return ResponseEntity.created(URI.create("/api/venture/rounds/" + id)).body(Map.of("id", id));
  }

  @GetMapping("/api/venture/rounds/{id}")
  @Operation(summary = "A round with its budget left and the applications the caller may see, ranked by score")
  Map<String, Object> round(@PathVariable Long id, @AuthenticationPrincipal StaffMember member) {
    return records.round(id, member);
  }

  @GetMapping("/api/venture/applications/{no}")
  @Operation(summary = "An application: budget lines, reviews, determination, posting, agreement, ledger")
  Map<String, Object> application(@PathVariable String no, @AuthenticationPrincipal StaffMember member) {
    return records.application(no, member);
  }

  @PostMapping("/api/venture/applications/{no}/objections")
  @Operation(summary = "File an objection {content} during the posting period (409 outside it)")
  ResponseEntity<Map<String, Object>> object(@PathVariable String no, @RequestBody Map<String, Object> body,
                                             @AuthenticationPrincipal StaffMember member) {
    return ResponseEntity.status(201).body(Map.of("id", objections.file(no, body, member)));
  }

  @PostMapping(path = "/api/venture/applications/{no}/agreement", consumes = "multipart/form-data")
  @Operation(summary = "Upload the signed tripartite agreement (multipart part 'file': PDF, JPG or PNG checked by "
      + "content, at most socialwork.venture.max-upload) while the agreement is being signed, then complete "
      + "Task_SignAgreement through /api/tasks; 400 naming file when refused, 409 at any other stage")
  ResponseEntity<Map<String, Object>> uploadAgreement(@PathVariable String no,
                                                      @RequestParam("file") MultipartFile file,
                                                      @AuthenticationPrincipal StaffMember member) throws IOException {
    String name = agreements.upload(no, file.getOriginalFilename(), file.getBytes(), member);
    return ResponseEntity.status(201).body(Map.of("applicationNo", no, "fileName", name, "size", file.getSize()));
  }

  @PostMapping("/api/venture/applications/{no}/activities")
  @Operation(summary = "Record an activity of a funded project being implemented (form fields heldOn, title, "
      + "participants, volunteerHours?, content?; multipart parts 'files': PDF, JPG or PNG, at most 10): 201 {id}; "
      + "400 naming the field, 409 outside implementation, 404 for anyone but the organisation, officer, leading group")
  ResponseEntity<Map<String, Object>> recordActivity(@PathVariable String no,
                                                     @RequestParam org.springframework.util.MultiValueMap<String, String> params,
                                                     jakarta.servlet.http.HttpServletRequest request,
                                                     @AuthenticationPrincipal StaffMember member) throws IOException {
    Long id = activities.record(no, org.socialwork.flow.form.FormValidator.fromParams(params),
        VentureController.files(request), member);
    return ResponseEntity.status(201).body(Map.of("id", id, "applicationNo", no));
  }

  @GetMapping("/api/venture/applications/{no}/agreement")
  @Operation(summary = "Download the signed agreement (the round's officer, the leading group, administrators, the "
      + "applicant organisation's staff; 404 for everyone else)")
  ResponseEntity<byte[]> agreement(@PathVariable String no, @AuthenticationPrincipal StaffMember member) {
    return VentureController.file(agreements.download(no, member, "api"));
  }
}
