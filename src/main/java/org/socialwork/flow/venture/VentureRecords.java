package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.organization.Station;
import org.springframework.stereotype.Service;

/**
 * Reading rounds, applications and organisations in the reader's scope. A round itself is a public call anyone
 * signed in may read; its applications are those the reader may see (ranked). Reviewers' names and comments are not
 * shown to organisations.
 */
@Service
class VentureRecords {

  private final VentureMapper venture;
  private final StaffDirectory staff;
  private final Stations stations;
  private final AgreementDocuments agreements;
  private final ProjectActivities activities;

  VentureRecords(VentureMapper venture, StaffDirectory staff, Stations stations, AgreementDocuments agreements,
                 ProjectActivities activities) {
    this.activities = activities;
    this.venture = venture;
    this.staff = staff;
    this.stations = stations;
    this.agreements = agreements;
  }

  Map<String, Object> round(Long id, StaffMember member) {
    VentureReader reader = VentureReader.of(member, venture);
    VentureRound r = venture.findRound(id).orElseThrow(() -> new VentureNotFoundException("round " + id));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.id());
    out.put("title", r.title());
    out.put("status", r.status());
    out.put("tracks", r.trackList());
    out.put("totalBudget", r.totalBudget());
    out.put("committed", r.committed());
    out.put("left", r.left());
    out.put("grantRange", Map.of("min", r.grantMin(), "max", r.grantMax()));
    out.put("trancheSplit", r.split());
    out.put("criteria", venture.findCriteria(id));
    out.put("officer", person(r.officer()));
    if (member.staff()) { // reviewers are named to the district's staff only, not to applicants or volunteers
      out.put("reviewers", venture.findReviewers(id).stream().map(v -> {
        Map<String, Object> p = person(v.username());
        p.put("reserve", v.reserve());
        return p;
      }).toList());
    }
    out.put("opensOn", r.opensOn());
    out.put("closesOn", r.closesOn());
    out.put("reviewBy", r.reviewBy());
    out.put("signingBy", r.signingBy());
    out.put("midTermDue", r.midTermDue());
    out.put("finalDue", r.finalDue());
    List<VentureMapper.ApplicationRow> ranked = venture.findRanked(id, reader.scope(), reader.organizationId());
    out.put("applications", ranked.stream().map(a -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("applicationNo", a.applicationNo());
      row.put("organization", a.organizationName());
      row.put("project", a.projectName());
      row.put("track", a.track());
      row.put("station", a.stationCode());
      row.put("stationName", a.stationName());
      row.put("requested", a.requestedAmount());
      row.put("score", a.score());
      row.put("status", a.status());
      row.put("approved", a.approvedAmount());
      row.put("paid", a.paid() == null ? BigDecimal.ZERO : a.paid());
      return row;
    }).toList());
    return out;
  }

  Map<String, Object> application(String no, StaffMember member) {
    VentureReader reader = VentureReader.of(member, venture);
    VentureApplication a = venture.findApplicationByNo(no, reader.scope(), reader.organizationId())
        .orElseThrow(() -> new VentureNotFoundException(no));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("applicationNo", a.applicationNo());
    out.put("roundId", a.roundId());
    out.put("organization", venture.findOrganization(a.organizationId()).map(SocialOrganization::name).orElse(null));
    out.put("organizationId", a.organizationId());
    out.put("station", a.stationCode());
    out.put("stationName", stations.find(a.stationCode()).map(Station::name).orElse(a.stationCode()));
    out.put("project", a.projectName());
    out.put("track", a.track());
    out.put("targetGroup", a.targetGroup());
    out.put("beneficiaries", a.beneficiaries());
    out.put("activities", a.activities());
    out.put("requested", a.requestedAmount());
    out.put("matchedFunds", a.matchedFunds());
    out.put("budgetLines", venture.findBudgetLines(a.id()));
    out.put("status", a.status());
    out.put("moreInfoDue", a.moreInfoDue());
    out.put("moreInfoNote", a.moreInfoNote());
    out.put("moreInfoAnswer", a.moreInfoAnswer());
    out.put("refusalReason", a.refusalReason());
    out.put("score", a.score());
    out.put("approved", a.approvedAmount());
    out.put("determinationNote", a.determinationNote());
    out.put("postingEndsAt", a.postingEndsAt());
    out.put("agreementFile", a.agreementFile());
    out.put("agreementSignedOn", a.agreementSignedOn());
    if (agreements.mayDownload(a, member)) { // the file itself: the officer, the leading group, the applicant
      agreements.latest(a.id()).ifPresent(d -> {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("fileName", d.fileName());
        doc.put("contentType", d.contentType());
        doc.put("size", d.sizeBytes());
        doc.put("uploadedBy", person(d.uploadedBy()));
        doc.put("uploadedAt", d.uploadedAt());
        doc.put("href", "/venture/applications/" + a.applicationNo() + "/agreement");
        out.put("agreementDocument", doc);
      });
    }
    List<VentureMapper.Review> reviews = venture.findReviews(a.id());
    out.put("reviews", reader.organization()
        ? reviews.stream().map(r -> Map.of("conflict", r.conflict(), "total", r.total() == null ? "" : r.total()))
            .toList()
        : reviews);
    out.put("reports", venture.findReports(a.id()));
    out.put("activityFigures", venture.activityFigures(a.id()));
    List<VentureMapper.ActivityDocument> files = venture.findActivityDocuments(a.id());
    out.put("projectActivities", venture.findActivities(a.id()).stream().map(v -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", v.id());
      row.put("heldOn", v.heldOn());
      row.put("title", v.title());
      row.put("participants", v.participants());
      row.put("volunteerHours", v.volunteerHours());
      row.put("content", v.content());
      row.put("recordedBy", person(v.recordedBy()));
      row.put("files", files.stream().filter(f -> f.activityId().equals(v.id())).map(f -> Map.of("fileName",
          f.fileName(), "size", f.sizeBytes(), "href", "/venture/documents/" + f.id())).toList());
      return row;
    }).toList());
    out.put("recordsActivities", ProjectActivities.recording(a) && activities.mayRecord(a, member));
    out.put("closedOn", a.closedOn());
    out.put("endNote", a.endNote());
    out.put("objections", venture.findObjections(a.id()).size());
    out.put("ledger", venture.findLedger(a.id()));
    out.put("paid", venture.paidSum(a.id()));
    return out;
  }

  Map<String, Object> organization(Long id, StaffMember member) {
    VentureReader reader = VentureReader.of(member, venture);
    if (!reader.manages() && !id.equals(reader.organizationId()) && !member.districtWide()) {
      throw new VentureNotFoundException("organisation " + id);
    }
    SocialOrganization o = venture.findOrganization(id)
        .orElseThrow(() -> new VentureNotFoundException("organisation " + id));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", o.id());
    out.put("name", o.name());
    out.put("creditCode", o.creditCode());
    out.put("registrationAuthority", o.registrationAuthority());
    out.put("legalRepresentative", o.legalRepresentative());
    out.put("phone", o.phone());
    out.put("stationCodes", venture.findOrganizationStations(id));
    out.put("debarredUntil", o.debarredUntil());
    out.put("debarmentReason", o.debarmentReason());
    out.put("members", venture.findMembers(id));
    return out;
  }

  private Map<String, Object> person(String username) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("username", username);
    p.put("name", staff.nameOf(username));
    return p;
  }
}
