package org.socialwork.flow.casework;

import java.util.List;
import org.socialwork.flow.organization.StaffMember;

/**
 * What other capabilities link to a case, shown on the case's page (first: the care-visit target the case's client
 * is, and the visit whose emergency opened it). Casework names no other module: each capability with links
 * publishes one bean, and answers only what the reader may open.
 */
public interface CaseLinks {

  /** A link: what it is (a message key), its text, where it goes. */
  record Link(String labelCode, String text, String href) {
  }

  List<Link> linksOf(String caseNo, Long clientId, StaffMember reader);
}
