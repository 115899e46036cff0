package org.socialwork.flow.tasklist;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我的任务: the member's own tasks, their groups' unclaimed ones, the overdue ones escalated to them and what they
 * completed, of every process, read only from the task projection and paged in one order (overdue first, then by due
 * date, then by age).
 */
@Component
@Transactional(readOnly = true)
public class Inbox {

  public static final int PAGE_SIZE = 50;
  public static final int MAX_SIZE = 200;
  /**
   * A tab's count stops here ("99+"): counting every entry of a long tab read its whole index range (at 100k open
   * tasks a supervisor's unclaimed COUNT alone was 60 ms), and nobody pages by the exact figure of a long list. Each
   * count reads at most {@code max(COUNT_CAP, offset + size) + 1} entries, so "next page" is still right.
   */
  public static final int COUNT_CAP = 99;

  public enum Tab { MINE, UNCLAIMED, ESCALATED, DONE }

  private final TaskItemMapper items;
  private final Clock clock;

  public Inbox(TaskItemMapper items, Clock clock) {
    this.items = items;
    this.clock = clock;
  }

  public Page mine(StaffMember member, int page) {
    return page(member, Tab.MINE, TaskFilter.NONE, page, PAGE_SIZE);
  }

  public Page unclaimed(StaffMember member, int page) {
    return page(member, Tab.UNCLAIMED, TaskFilter.NONE, page, PAGE_SIZE);
  }

  public Page escalated(StaffMember member, int page) {
    return page(member, Tab.ESCALATED, TaskFilter.NONE, page, PAGE_SIZE);
  }

  /** One page of an open-task tab (not DONE). */
  public Page page(StaffMember member, Tab tab, TaskFilter filter, int page, int size) {
    int p = Math.max(page, 0);
    int offset = p * size;
    int limit = countLimit(offset, size);
    LocalDateTime now = now();
    return switch (tab) {
      case MINE -> new Page(items.findAssigned(member.username(), filter, now, offset, size),
          items.countAssigned(member.username(), filter, now, limit), limit, p, size);
      case UNCLAIMED -> new Page(items.findUnclaimed(member.username(), member.groups(), member.scope(), filter, now,
          offset, size), items.countUnclaimed(member.username(), member.groups(), member.scope(), filter, now, limit),
          limit, p, size);
      case ESCALATED -> new Page(items.findEscalated(member.groups(), member.scope(), filter, now, offset, size),
          items.countEscalated(member.groups(), member.scope(), filter, now, limit), limit, p, size);
      case DONE -> throw new IllegalArgumentException("done is read by done()");
    };
  }

  /**
   * The member's own tasks first, then the unclaimed ones of their groups, paged across both. The own count is exact
   * whenever the page reaches past it (it reads up to offset + size + 1), so the unclaimed offset is right.
   */
  public Page mineThenUnclaimed(StaffMember member, TaskFilter filter, int page, int size) {
    int p = Math.max(page, 0);
    long offset = (long) p * size;
    int limit = countLimit((int) offset, size);
    LocalDateTime now = now();
    int mineTotal = items.countAssigned(member.username(), filter, now, limit);
    int unclaimedTotal = mineTotal >= limit ? 0
        : items.countUnclaimed(member.username(), member.groups(), member.scope(), filter, now, limit - mineTotal);
    List<WorkItem> out = new ArrayList<>();
    if (offset < mineTotal) {
      out.addAll(items.findAssigned(member.username(), filter, now, (int) offset, size));
    }
    int left = size - out.size();
    if (left > 0) {
      int unclaimedOffset = (int) Math.max(0, offset - mineTotal);
      out.addAll(items.findUnclaimed(member.username(), member.groups(), member.scope(), filter, now,
          unclaimedOffset, left));
    }
    return new Page(out, mineTotal + unclaimedTotal, limit, p, size);
  }

  /** The member's completed tasks, newest first. */
  public DonePage done(StaffMember member, int page, int size) {
    int p = Math.max(page, 0);
    int limit = countLimit(p * size, size);
    return new DonePage(items.findDone(member.username(), member.scope(), p * size, size),
        items.countDone(member.username(), member.scope(), limit), limit, p, size);
  }

  public List<DoneItem> done(StaffMember member) {
    return done(member, 0, PAGE_SIZE).items();
  }

  /** How many tasks each tab holds, for the tab headers, each up to {@link #COUNT_CAP} + 1 (shown "99+"). */
  public Counts counts(StaffMember member, TaskFilter filter) {
    LocalDateTime now = now();
    int limit = COUNT_CAP + 1;
    return new Counts(items.countAssigned(member.username(), filter, now, limit),
        items.countUnclaimed(member.username(), member.groups(), member.scope(), filter, now, limit),
        items.countEscalated(member.groups(), member.scope(), filter, now, limit),
        items.countDone(member.username(), member.scope(), limit));
  }

  /** How many entries a count of a page at {@code offset} reads: enough to know the cap and the next page. */
  static int countLimit(int offset, int size) {
    return Math.max(COUNT_CAP, offset + size) + 1;
  }

  /** A count as shown: the number, or "N+" when the count stopped at its limit. */
  static String shown(int total, int limit) {
    return total < limit ? String.valueOf(total) : (limit - 1) + "+";
  }

  /** Process keys that have open tasks, for the page's process filter. */
  public List<String> processKeys() {
    return items.findProcessKeys();
  }

  /** Whether the process instance has an open task of that key (held by {@code username} when given). */
  public boolean hasOpen(String processInstanceId, String taskKey, String username) {
    return items.countOpen(processInstanceId, taskKey, username) > 0;
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /** Each tab's count, at most {@link #COUNT_CAP} + 1. */
  public record Counts(int mine, int unclaimed, int escalated, int done) {

    /** One of the counts as the tab header shows it: "7" or "99+". */
    public String shown(int count) {
      return Inbox.shown(count, COUNT_CAP + 1);
    }
  }

  /**
   * One page of an inbox tab. {@code total} is exact when {@link #exact()}; otherwise there are at least that many
   * (the count stopped at {@code limit}) and at least one page more.
   */
  public record Page(List<WorkItem> items, int total, int limit, int page, int size) {

    public boolean exact() {
      return total < limit;
    }

    public boolean hasNext() {
      return (long) (page + 1) * size < total;
    }

    public String shownTotal() {
      return Inbox.shown(total, limit);
    }
  }

  /** One page of the done tab; totals as in {@link Page}. */
  public record DonePage(List<DoneItem> items, int total, int limit, int page, int size) {

    public boolean exact() {
      return total < limit;
    }

    public boolean hasNext() {
      return (long) (page + 1) * size < total;
    }

    public String shownTotal() {
      return Inbox.shown(total, limit);
    }
  }
}
