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
  /** Unclaimed pools are counted up to here ("1000+"); counting a pool of 9,000 exactly costs ~170 ms on MySQL. */
  static final int COUNT_CAP = 1000;
  /** Below this pool size the plain join-and-sort query is faster than walking the task index (benchmark). */
  static final int SMALL_POOL = 500;

  private final InboxMapper inbox;
  private final Clock clock;

  public Inbox(InboxMapper inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  public Page mine(StaffMember member, int page) {
    int offset = Math.max(page, 0) * PAGE_SIZE;
    return new Page(inbox.findAssigned(member.username(), member.scope(), now(), offset, PAGE_SIZE),
        inbox.countAssigned(member.username(), member.scope()), page, false);
  }

  public Page unclaimed(StaffMember member, int page) {
    int offset = Math.max(page, 0) * PAGE_SIZE;
    int total = inbox.countUnclaimedUpTo(member.groups(), member.scope(), COUNT_CAP);
    List<WorkItem> items = total < SMALL_POOL
        ? inbox.findUnclaimedInSmallPool(member.groups(), member.scope(), now(), offset, PAGE_SIZE)
        : inbox.findUnclaimed(member.groups(), member.scope(), now(), offset, PAGE_SIZE);
    return new Page(items, total, page, total >= COUNT_CAP);
  }

  /** Overdue tasks escalated to the member's groups (station supervisors), whoever holds them. */
  public Page escalated(StaffMember member, int page) {
    int offset = Math.max(page, 0) * PAGE_SIZE;
    return new Page(inbox.findEscalated(member.groups(), member.scope(), now(), offset, PAGE_SIZE),
        inbox.countEscalated(member.groups(), member.scope()), page, false);
  }

  public List<DoneItem> done(StaffMember member) {
    return inbox.findDone(member.username(), member.scope(), PAGE_SIZE);
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /** One page of an inbox tab; {@code capped}: the total was counted only up to {@link #COUNT_CAP}. */
  public record Page(List<WorkItem> items, int total, int page, boolean capped) {

    public boolean hasNext() {
      return capped ? items.size() == PAGE_SIZE : (long) (page + 1) * PAGE_SIZE < total;
    }

    /** The total as shown: "1000+" when capped. */
    public String shownTotal() {
      return capped ? total + "+" : String.valueOf(total);
    }
  }
}
