package org.socialwork.flow.tasklist;

import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;

/**
 * Stores what a task form submitted in the domain tables and returns the process variables (ids and
 * routing flags only) the task completes with. Runs inside the completing transaction. May throw
 * {@link org.socialwork.flow.form.FormValidationException} for rules that span fields.
 */
public interface TaskFormHandler {

  /** The Camunda Forms id this handler takes ({@code camunda:formRef} of the task). */
  String formId();

  Map<String, Object> complete(WorkItem task, FormData data, StaffMember member);

  /** The values the form opens with (e.g. the earlier answer when a returned task comes back). */
  default Map<String, Object> currentValues(WorkItem task) {
    return Map.of();
  }
}
