package org.socialwork.flow.tasklist;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 我的任务: the member's own tasks, their stations' unclaimed ones and what they completed, overdue first. */
@Component
@Transactional(readOnly = true)
public class Inbox {

  public static final int PAGE_SIZE = 50;

  private final InboxMapper inbox;
  private final Clock clock;

  public Inbox(InboxMapper inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  public Page mine(StaffMember member, int page) {
    int offset = Math.max(page, 0) * PAGE_SIZE;
    return new Page(inbox.findAssigned(member.username(), member.scope(), now(), offset, PAGE_SIZE),
        inbox.countAssigned(member.username(), member.scope()), page);
  }

  public Page unclaimed(StaffMember member, int page) {
    int offset = Math.max(page, 0) * PAGE_SIZE;
    return new Page(inbox.findUnclaimed(member.groups(), member.scope(), now(), offset, PAGE_SIZE),
        inbox.countUnclaimed(member.groups(), member.scope()), page);
  }

  /** Overdue tasks escalated to the member's groups (station supervisors), whoever holds them. */
  public Page escalated(StaffMember member, int page) {
    int offset = Math.max(page, 0) * PAGE_SIZE;
    return new Page(inbox.findEscalated(member.groups(), member.scope(), now(), offset, PAGE_SIZE),
        inbox.countEscalated(member.groups(), member.scope()), page);
  }

  public List<DoneItem> done(StaffMember member) {
    return inbox.findDone(member.username(), member.scope(), PAGE_SIZE);
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  public record Page(List<WorkItem> items, int total, int page) {

    public boolean hasNext() {
      return (long) (page + 1) * PAGE_SIZE < total;
    }
  }
}
