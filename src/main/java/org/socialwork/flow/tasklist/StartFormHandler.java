package org.socialwork.flow.tasklist;

import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;

/**
 * Stores what a process's start form submitted in the domain tables and says how to start the instance.
 * Called inside the transaction that starts the process, so both commit or neither does.
 */
public interface StartFormHandler {

  String processKey();

  /** Whether this person may start the process at all (the start page and API list only these). */
  boolean mayStart(StaffMember member);

  Start prepare(FormData data, StaffMember member);

  /** The values an empty start form opens with. */
  default Map<String, Object> initialValues(StaffMember member) {
    return Map.of();
  }

  /** The page that shows the started record (the case file by default). */
  default String pageOf(String businessKey) {
    return "/cases/" + businessKey;
  }

  /** Called once the engine has created the instance, still inside the same transaction. */
  default void started(Start start, String processInstanceId) {
  }

  /** The business key (a human number), the case the instance works on and its variables. */
  record Start(String businessKey, Long caseId, Map<String, Object> variables) {
  }
}
