package org.socialwork.flow.tasklist;

/**
 * What a task is about, as people read it in the inbox.
 *
 * @param kind        the kind of subject, a message-key suffix ({@code task.subject.<kind>}): {@code case},
 *                    {@code supervision-pair}, {@code meeting}, {@code action-item}, {@code inspection},
 *                    {@code care-target}, {@code volunteer-activity}, {@code venture-application}, …
 * @param subjectKey  the subject's number as people search for it (case no., inspection no., meeting month …),
 *                    usually the business key
 * @param label       the subject as people name it (the client's or target's name, the pair, "2026年11月例会")
 * @param stationCode the station the task belongs to, {@code null} for district tasks (leading group, mentors)
 * @param link        the subject's page, relative to the application ({@code /cases/XBHBL-2026-0001})
 * @param subjectId   the subject's id in its module, when it has one (the case id for case tasks), else {@code null}
 */
public record TaskSubject(String kind, String subjectKey, String label, String stationCode, String link,
                          Long subjectId) {

  public TaskSubject(String kind, String subjectKey, String label, String stationCode, String link) {
    this(kind, subjectKey, label, stationCode, link, null);
  }
}
