package org.socialwork.flow.supervision;

import java.time.LocalDate;

/** A case conference (个案反思及讨论) as a case file lists it. */
public record CaseConference(Long sessionId, String pairNo, LocalDate heldOn, String mentorName, String issues,
                             String guidance, String status) {
}
