package org.socialwork.flow.care;

import java.util.ArrayList;
import java.util.List;
import org.socialwork.flow.casework.CaseLinks;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * On a case's page: the care-visit target its client is (in the reader's scope) and the visits whose emergency
 * opened the case, each linked to its care page.
 */
@Component
class CareCaseLinks implements CaseLinks {

  private final CareMapper care;

  CareCaseLinks(CareMapper care) {
    this.care = care;
  }

  @Override
  public List<Link> linksOf(String caseNo, Long clientId, StaffMember reader) {
    List<Link> links = new ArrayList<>();
    for (CareTarget t : care.findTargetsOfClient(clientId, reader.scope())) {
      links.add(new Link("care.caseLink.target", t.fullName() + " · " + t.number(), "/care/targets/" + t.id()));
    }
    for (CareVisit v : care.findVisitsOfCase(caseNo, reader.scope())) {
      links.add(new Link("care.caseLink.visit", v.number() + (v.visitedOn() == null ? "" : " · " + v.visitedOn()),
          "/care/visits/" + v.id()));
    }
    return links;
  }
}
