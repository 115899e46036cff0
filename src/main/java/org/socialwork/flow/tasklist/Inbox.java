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
  private final List<WorkItemSource> sources;

  public Inbox(InboxMapper inbox, Clock clock) {
    this(inbox, clock, List.of());
  }

  @org.springframework.beans.factory.annotation.Autowired
  public Inbox(InboxMapper inbox, Clock clock, List<WorkItemSource> sources) {
    this.inbox = inbox;
    this.clock = clock;
    this.sources = sources;
  }

  public Page mine(StaffMember member, int page) {
    int offset = Math.max(page, 0) * PAGE_SIZE;
    Page cases = new Page(inbox.findAssigned(member.username(), member.scope(), now(), offset, PAGE_SIZE),
        inbox.countAssigned(member.username(), member.scope()), page, false);
    return withOthers(cases, sources.stream().flatMap(s -> s.assignedTo(member).stream()).toList());
  }

  /**
   * Adds the tasks of the {@link WorkItemSource}s (few per person) to the first page, in the inbox's order
   * (overdue first, then by due date and age), and to the total.
   */
  private Page withOthers(Page cases, List<WorkItem> others) {
    if (others.isEmpty()) {
      return cases;
    }
    List<WorkItem> items = cases.items();
    if (cases.page() <= 0) {
      LocalDateTime now = now();
      items = new java.util.ArrayList<>(items);
      items.addAll(others);
      items.sort(java.util.Comparator.<WorkItem>comparingInt(t -> t.overdueAt(now) ? 0 : t.due() == null ? 2 : 1)
          .thenComparing(WorkItem::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
          .thenComparing(WorkItem::created, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    }
    return new Page(items, cases.total() + others.size(), cases.page(), cases.capped());
  }

  public Page unclaimed(StaffMember member, int page) {
    int offset = Math.max(page, 0) * PAGE_SIZE;
    int total = inbox.countUnclaimedUpTo(member.groups(), member.scope(), COUNT_CAP);
    List<WorkItem> items = total < SMALL_POOL
        ? inbox.findUnclaimedInSmallPool(member.groups(), member.scope(), now(), offset, PAGE_SIZE)
        : inbox.findUnclaimed(member.groups(), member.scope(), now(), offset, PAGE_SIZE);
    return withOthers(new Page(items, total, page, total >= COUNT_CAP),
        sources.stream().flatMap(s -> s.unclaimedFor(member).stream()).toList());
  }

  /** Overdue tasks escalated to the member's groups (station supervisors), whoever holds them. */
  public Page escalated(StaffMember member, int page) {
    int offset = Math.max(page, 0) * PAGE_SIZE;
    return new Page(inbox.findEscalated(member.groups(), member.scope(), now(), offset, PAGE_SIZE),
        inbox.countEscalated(member.groups(), member.scope()), page, false);
  }

  /** The member's last completed tasks, of cases and of the {@link WorkItemSource}s, newest first. */
  public List<DoneItem> done(StaffMember member) {
    List<DoneItem> done = new java.util.ArrayList<>(inbox.findDone(member.username(), member.scope(), PAGE_SIZE));
    sources.forEach(s -> done.addAll(s.doneBy(member, PAGE_SIZE)));
    done.sort(java.util.Comparator.comparing(DoneItem::ended, java.util.Comparator.nullsLast(
        java.util.Comparator.reverseOrder())));
    return done.size() > PAGE_SIZE ? List.copyOf(done.subList(0, PAGE_SIZE)) : done;
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
