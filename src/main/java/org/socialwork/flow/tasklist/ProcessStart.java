package org.socialwork.flow.tasklist;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormSchema;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a process through its start form: validation, the handler's domain writes and the engine start
 * in one transaction, with the human number as business key.
 */
@Component
public class ProcessStart {

  private final TaskForms forms;
  private final FormValidator validator;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Map<String, StartFormHandler> handlers;

  public ProcessStart(TaskForms forms, FormValidator validator, RuntimeService runtime, IdentityService identity,
                      List<StartFormHandler> handlers) {
    this.forms = forms;
    this.validator = validator;
    this.runtime = runtime;
    this.identity = identity;
    this.handlers = handlers.stream().collect(Collectors.toMap(StartFormHandler::processKey, Function.identity()));
  }

  /** The processes this member may start, latest versions, with their start forms. */
  public List<Startable> startableBy(StaffMember member) {
    return handlers.values().stream()
        .filter(h -> h.mayStart(member))
        .map(h -> forms.latest(h.processKey()))
        .filter(d -> d != null)
        .map(d -> new Startable(d.getId(), d.getKey(), d.getName(), d.getVersion(), forms.startForm(d)))
        .sorted(java.util.Comparator.comparing(Startable::key))
        .toList();
  }

  public Startable startable(String processKey, StaffMember member) {
    StartFormHandler handler = handlerFor(processKey, member);
    ProcessDefinition d = forms.latest(handler.processKey());
    if (d == null) {
      throw new WorkItemNotFoundException(processKey);
    }
    return new Startable(d.getId(), d.getKey(), d.getName(), d.getVersion(), forms.startForm(d));
  }

  public Map<String, Object> initialValues(String processKey, StaffMember member) {
    return handlerFor(processKey, member).initialValues(member);
  }

  @Transactional
  public Started start(String processKey, Map<String, Object> submitted, StaffMember member) {
    StartFormHandler handler = handlerFor(processKey, member);
    Startable startable = startable(processKey, member);
    FormData data = validator.validate(startable.form(), submitted, new FormContext(member.username(), null));
    StartFormHandler.Start start = handler.prepare(data, member);
    ProcessInstance instance;
    identity.setAuthenticatedUserId(member.username());
    try {
      // the version whose start form checked the data, not whatever is latest a moment later
      instance = runtime.startProcessInstanceById(startable.definitionId(), start.businessKey(), start.variables());
    } finally {
      identity.clearAuthentication();
    }
    handler.started(start, instance.getId());
    return new Started(instance.getId(), start.businessKey());
  }

  /** Where the start page sends the person once the instance runs. */
  public String pageAfterStart(String processKey, String businessKey) {
    StartFormHandler handler = handlers.get(processKey);
    return handler == null ? "/cases/" + businessKey : handler.pageAfterStart(businessKey);
  }

  private StartFormHandler handlerFor(String processKey, StaffMember member) {
    StartFormHandler handler = handlers.get(processKey);
    if (handler == null) {
      throw new WorkItemNotFoundException(processKey);
    }
    if (!handler.mayStart(member)) {
      throw new AccessDeniedException("You may not start " + processKey);
    }
    return handler;
  }

  public record Startable(String definitionId, String key, String name, int version, FormSchema form) {

    /** The same process named in the reader's language. */
    public Startable in(ModelTexts texts, java.util.Locale locale) {
      return new Startable(definitionId, key, texts.processName(key, name, locale), version, form);
    }
  }

  public record Started(String processInstanceId, String businessKey) {
  }
}
