package org.socialwork.flow.meeting;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.Inbox;
import org.socialwork.flow.tasklist.TaskCompletion;
import org.socialwork.flow.tasklist.WorkItemConflictException;
import org.socialwork.flow.tasklist.WorkItemNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * 汇报提前截止: the leading group (or an administrator) closes a month's reporting before its deadline, so the agenda
 * can be drafted now. The stations that have not reported are listed as not reported, as at the deadline (the
 * process's message boundary event {@code Message_ReportingClosedNow}). Once only: a second close, also one racing
 * the first or the deadline, answers 409.
 */
@Component
public class ReportingClosure {

  static final String MESSAGE = "CloseMeetingReporting";
  static final String REPORT_TASK = "Task_StationReport";

  private final RuntimeService runtime;
  private final MeetingMapper meetings;
  private final Inbox inbox;

  ReportingClosure(RuntimeService runtime, MeetingMapper meetings, Inbox inbox) {
    this.runtime = runtime;
    this.meetings = meetings;
    this.inbox = inbox;
  }

  /** Whether the month's stations may still report (the report step is open). */
  public boolean open(Meeting meeting) {
    return Meeting.REPORTING.equals(meeting.status()) && meeting.processInstanceId() != null
        && inbox.hasOpen(meeting.processInstanceId(), REPORT_TASK, null);
  }

  /** Closes the month's reporting; 404 for a month without a meeting, 409 when reporting is closed already. */
  public Meeting close(String month, StaffMember member) {
    if (!MeetingOpening.mayOpen(member)) {
      throw new AccessDeniedException("Only the leading group or an administrator closes reporting");
    }
    Meeting meeting = meetings.findByMonth(month).orElseThrow(() -> new WorkItemNotFoundException(month));
    if (!open(meeting)) {
      throw closed(month);
    }
    try {
      runtime.createMessageCorrelation(MESSAGE).processInstanceId(meeting.processInstanceId())
          .setVariable(MeetingVariables.REPORTING_CLOSED_BY, member.username()).correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw closed(month);
    } catch (RuntimeException e) {
      // the deadline or another close came first: its removal of the subscription won the race
      if (TaskCompletion.isRace(e)) {
        throw closed(month);
      }
      throw e;
    }
    return meetings.findByMonth(month).orElseThrow();
  }

  private static WorkItemConflictException closed(String month) {
    return new WorkItemConflictException("meeting.conflict.reportingClosed",
        "Reporting for the meeting of " + month + " is closed already");
  }
}
