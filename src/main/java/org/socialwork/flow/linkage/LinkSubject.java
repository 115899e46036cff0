package org.socialwork.flow.linkage;

import java.time.LocalDate;

/** A subject a linkage may be recorded for, as its owning module describes it. */
record LinkSubject(SubjectKind kind, String ref, String title, String stationCode, LocalDate occurredOn) {
}
