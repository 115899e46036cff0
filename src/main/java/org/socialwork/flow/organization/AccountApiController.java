package org.socialwork.flow.organization;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/account}: one's own roles and stations, and changing one's own password. Every signed-in person. */
@RestController
class AccountApiController {

  private final OrganizationAdmin admin;
  private final Stations stations;

  AccountApiController(OrganizationAdmin admin, Stations stations) {
    this.admin = admin;
    this.stations = stations;
  }

  @GetMapping("/api/account")
  Map<String, Object> show(@AuthenticationPrincipal StaffMember me) {
    PersonDetails d = admin.details(me.username()).orElseThrow();
    Map<String, Object> out = new LinkedHashMap<>(OrganizationApiController.person(
        new OrganizationAdmin.PersonView(d, me.roles(), null), stations.names()));
    out.remove("createdAt");
    return out;
  }

  @PostMapping("/api/account/password")
  ResponseEntity<Void> changePassword(@AuthenticationPrincipal StaffMember me, @RequestBody Map<String, Object> body) {
    admin.changeOwnPassword(me.username(), body, "api");
    return ResponseEntity.noContent().build();
  }
}
