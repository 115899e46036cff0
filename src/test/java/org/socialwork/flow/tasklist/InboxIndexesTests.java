package org.socialwork.flow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The inbox's indexes on the engine's tables exist after start, and creating them again changes nothing. */
@ApplicationTest
class InboxIndexesTests {

  @Autowired
  DataSource dataSource;

  @Test
  void theInboxIndexesAreCreatedOnceAtStart() throws Exception {
    assertThat(indexes("ACT_RU_TASK")).contains("SW_IDX_TASK_INBOX");
    assertThat(indexes("ACT_RU_IDENTITYLINK")).contains("SW_IDX_IDENTLINK_INBOX");
    new InboxIndexes(dataSource, true).run(null);
    assertThat(indexes("ACT_RU_TASK")).contains("SW_IDX_TASK_INBOX");
  }

  @Test
  void theIndexWalkAndTheSmallPoolFormOfTheUnclaimedInboxAgree(@Autowired InboxMapper inbox,
      @Autowired org.socialwork.flow.organization.StaffDirectory staff,
      @org.springframework.boot.test.web.server.LocalServerPort int port) {
    org.socialwork.flow.IntakeFlow api = new org.socialwork.flow.IntakeFlow(port);
    for (int i = 0; i < 3; i++) {
      String caseNo = api.register("tyg-worker", org.socialwork.flow.Fixtures.anIntake("tyg"));
      api.complete("tyg-worker", api.taskOf("tyg-worker", caseNo, "Task_ScreenIntake"), java.util.Map.of("decision", "accept"));
    }
    var supervisor = staff.find("tyg-supervisor").orElseThrow();
    java.time.LocalDateTime now = java.time.LocalDateTime.now();
    // a small inner LIMIT first: a cached first value would cut the later, larger pages short
    for (int[] window : new int[][] {{0, 1}, {0, 50}, {1, 2}, {5, 50}}) {
      assertThat(inbox.findUnclaimed(supervisor.groups(), supervisor.scope(), now, window[0], window[1]))
          .isEqualTo(inbox.findUnclaimedInSmallPool(supervisor.groups(), supervisor.scope(), now, window[0], window[1]));
    }
    assertThat(inbox.countUnclaimedUpTo(supervisor.groups(), supervisor.scope(), 2)).isEqualTo(2);
    assertThat(inbox.countUnclaimedUpTo(supervisor.groups(), supervisor.scope(), 1000))
        .isEqualTo(inbox.countUnclaimed(supervisor.groups(), supervisor.scope())).isGreaterThanOrEqualTo(3);
  }

  private Set<String> indexes(String table) throws Exception {
    Set<String> names = new HashSet<>();
    try (Connection c = dataSource.getConnection();
         ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, table, false, false)) {
      while (rs.next()) {
        if (rs.getString("INDEX_NAME") != null) {
          names.add(rs.getString("INDEX_NAME").toUpperCase());
        }
      }
    }
    return names;
  }
}
