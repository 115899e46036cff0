package org.socialwork.flow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tab counts stop at {@link Inbox#COUNT_CAP} ("99+") and read no further than the page asked for needs, yet the
 * pager and the own-then-unclaimed paging stay right. The rows are the projection's own (the inbox reads nothing
 * else), for a person of this run only, and removed afterwards.
 */
@ApplicationTest
class InboxCountTests {

  private static final int MINE = 130;
  private static final int OFFERED = 60;
  private static final int DONE = 101;

  @Autowired
  Inbox inbox;

  @Autowired
  TaskItemMapper items;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  private final String user = "cap-" + Long.toString(System.nanoTime(), 36);
  private StaffMember member;

  @BeforeEach
  void seed() {
    member = new StaffMember(user, "计数测试", List.of());
    LocalDateTime t0 = LocalDateTime.of(2026, 1, 1, 8, 0);
    for (int i = 0; i < MINE + OFFERED; i++) {
      boolean mine = i < MINE;
      TaskItemRow row = new TaskItemRow(user + "-" + i, "测试任务", "cap-test", "Task_Cap", user + "-pi",
          "cap-test:1", "case", "CAP-" + i, null, "测试", null, null, mine ? user : null, t0.plusMinutes(i), null,
          TaskItemRow.NO_DUE);
      items.insertRow(row);
      if (!mine) {
        items.insertCandidate(row.taskId(), new TaskItemRow.Candidate("U", user), row);
      }
    }
    for (int i = 0; i < DONE; i++) {
      jdbc.update("INSERT INTO task_done (task_id, username, ended, name, process_key, task_key) VALUES (?,?,?,?,?,?)",
          user + "-d" + i, user, t0.plusMinutes(i), "测试任务", "cap-test", "Task_Cap");
    }
  }

  @AfterEach
  void clean() {
    jdbc.update("DELETE FROM task_item_candidate WHERE candidate = ?", user);
    jdbc.update("DELETE FROM task_item WHERE process_instance_id = ?", user + "-pi");
    jdbc.update("DELETE FROM task_done WHERE username = ?", user);
  }

  @Test
  void theTabCountsStopAtTheCapAndSayPlus() {
    Inbox.Counts counts = inbox.counts(member, TaskFilter.NONE);
    assertThat(counts.mine()).isEqualTo(Inbox.COUNT_CAP + 1);
    assertThat(counts.shown(counts.mine())).isEqualTo("99+");
    assertThat(counts.unclaimed()).isEqualTo(OFFERED);
    assertThat(counts.shown(counts.unclaimed())).isEqualTo("60");
    assertThat(counts.escalated()).isZero();
    assertThat(counts.shown(counts.done())).isEqualTo("99+");
    assertThat(counts.shown(Inbox.COUNT_CAP)).as("the cap itself is exact").isEqualTo("99");
  }

  @Test
  void aCappedPageStillKnowsThereIsANextOneAndTheLastPageIsExact() {
    Inbox.Page first = inbox.page(member, Inbox.Tab.MINE, TaskFilter.NONE, 0, 50);
    assertThat(first.items()).hasSize(50);
    assertThat(first.exact()).isFalse();
    assertThat(first.shownTotal()).isEqualTo("99+");
    assertThat(first.hasNext()).isTrue();

    Inbox.Page second = inbox.page(member, Inbox.Tab.MINE, TaskFilter.NONE, 1, 50);
    assertThat(second.items()).hasSize(50);
    assertThat(second.hasNext()).as("the count reads through this page plus one").isTrue();

    Inbox.Page last = inbox.page(member, Inbox.Tab.MINE, TaskFilter.NONE, 2, 50);
    assertThat(last.items()).hasSize(MINE - 100);
    assertThat(last.exact()).isTrue();
    assertThat(last.total()).isEqualTo(MINE);
    assertThat(last.hasNext()).isFalse();

    Inbox.DonePage done = inbox.done(member, 0, 50);
    assertThat(done.exact()).isFalse();
    assertThat(done.hasNext()).isTrue();
    Inbox.DonePage doneLast = inbox.done(member, 2, 50);
    assertThat(doneLast.items()).hasSize(1);
    assertThat(doneLast.total()).isEqualTo(DONE);
    assertThat(doneLast.hasNext()).isFalse();
  }

  @Test
  void ownThenUnclaimedPagesAcrossBothWhateverTheCap() {
    Inbox.Page third = inbox.mineThenUnclaimed(member, TaskFilter.NONE, 2, 50);
    assertThat(third.items()).hasSize(50);
    assertThat(third.items().subList(0, MINE - 100)).allMatch(t -> user.equals(t.assignee()));
    assertThat(third.items().subList(MINE - 100, 50)).allMatch(t -> t.assignee() == null);
    assertThat(third.hasNext()).isTrue();

    Inbox.Page fourth = inbox.mineThenUnclaimed(member, TaskFilter.NONE, 3, 50);
    assertThat(fourth.items()).hasSize(MINE + OFFERED - 150).allMatch(t -> t.assignee() == null);
    assertThat(fourth.exact()).isTrue();
    assertThat(fourth.total()).isEqualTo(MINE + OFFERED);
    assertThat(fourth.hasNext()).isFalse();
    assertThat(third.items()).doesNotContainAnyElementsOf(fourth.items());
  }

  @Test
  void aFilteredUnclaimedCountJoinsTheTaskRow() {
    TaskFilter one = new TaskFilter(null, null, "CAP-" + (MINE + 3), null, null, null);
    assertThat(inbox.page(member, Inbox.Tab.UNCLAIMED, one, 0, 50).items()).singleElement()
        .satisfies(t -> assertThat(t.caseNo()).isEqualTo("CAP-" + (MINE + 3)));
    assertThat(inbox.counts(member, one).unclaimed()).isEqualTo(1);
  }

  @Test
  void theApiAndThePageSayWhetherTheTotalIsExact() throws Exception {
    String worker = "xbhbl-worker";
    LocalDateTime t0 = LocalDateTime.of(2026, 1, 1, 8, 0);
    for (int i = 0; i <= Inbox.COUNT_CAP; i++) {
      items.insertRow(new TaskItemRow(user + "-w" + i, "测试任务", "cap-test", "Task_Cap", user + "-pi", "cap-test:1",
          "case", "CAPW-" + i, null, "测试", null, null, worker, t0.plusMinutes(i), null, TaskItemRow.NO_DUE));
    }
    JsonNode page = new ObjectMapper().readTree(mvc.perform(get("/api/tasks").param("tab", "mine").param("size", "5")
        .with(Staff.as(staff, worker))).andReturn().getResponse().getContentAsString());
    assertThat(page.get("items")).hasSize(5);
    assertThat(page.get("total").asInt()).isEqualTo(Inbox.COUNT_CAP + 1);
    assertThat(page.get("totalExact").asBoolean()).isFalse();

    String html = Staff.page(mvc, staff, "/tasks?tab=mine", worker);
    assertThat(html).contains("data-count=\"mine\">99+</span>");
  }
}
