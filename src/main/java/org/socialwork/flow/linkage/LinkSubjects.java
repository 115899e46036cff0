package org.socialwork.flow.linkage;

import java.util.Optional;
import org.socialwork.flow.care.LinkablePairings;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.venture.FundedProjects;
import org.socialwork.flow.volunteer.LinkableActivities;
import org.springframework.stereotype.Component;

/**
 * Finds the subject of a linkage through its module's published reader, in the reader's scope: a funded venture
 * project by its application number, a volunteer activity by its number, a care-visit pairing by the target's number.
 * Anything else (unknown, not funded, withdrawn, without a visitor, another station's) is not there.
 */
@Component
class LinkSubjects {

  private final FundedProjects projects;
  private final LinkableActivities activities;
  private final LinkablePairings pairings;

  LinkSubjects(FundedProjects projects, LinkableActivities activities, LinkablePairings pairings) {
    this.projects = projects;
    this.activities = activities;
    this.pairings = pairings;
  }

  Optional<LinkSubject> find(SubjectKind kind, String ref, StaffMember reader) {
    return switch (kind) {
      case VENTURE -> projects.find(ref, reader).map(p -> new LinkSubject(kind, p.applicationNo(),
          p.projectName() + " · " + p.organizationName(), p.stationCode(), p.startedOn()));
      case ACTIVITY -> activities.find(ref, reader).map(a -> new LinkSubject(kind, a.activityNo(), a.title(),
          a.stationCode(), a.on()));
      // the pairing by the target's number and the visitor's name: no personal data of the target leaves care
      case PAIRING -> pairings.find(ref, reader).map(p -> new LinkSubject(kind, p.targetNumber(),
          p.targetNumber() + " · " + p.visitorName(), p.stationCode(), p.since()));
    };
  }
}
