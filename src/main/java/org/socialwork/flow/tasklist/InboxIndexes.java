package org.socialwork.flow.tasklist;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two indexes on the engine's tables that the inbox's own SQL (InboxMapper.xml) walks, measured with the inbox
 * benchmark at 100k open tasks on MariaDB (README). The engine creates its tables itself, so they are added
 * here, after it has started, when missing; a node that loses the race to another sees "exists" and goes on.
 */
@Component
@Order(-1)
class InboxIndexes implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InboxIndexes.class);

  /** index name → table and columns. */
  static final Map<String, String[]> INDEXES = Map.of(
      "SW_IDX_IDENTLINK_INBOX", new String[] {"ACT_RU_IDENTITYLINK", "GROUP_ID_, TYPE_, TASK_ID_"},
      "SW_IDX_TASK_INBOX", new String[] {"ACT_RU_TASK", "ASSIGNEE_, DUE_DATE_, CREATE_TIME_, ID_, PROC_INST_ID_"});

  private final DataSource dataSource;
  private final boolean enabled;

  InboxIndexes(DataSource dataSource, @Value("${socialwork.inbox.create-indexes:true}") boolean enabled) {
    this.dataSource = dataSource;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    if (!enabled) {
      return;
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (Map.Entry<String, String[]> index : INDEXES.entrySet()) {
      if (exists(index.getValue()[0], index.getKey())) {
        continue;
      }
      try {
        jdbc.execute("CREATE INDEX " + index.getKey() + " ON " + index.getValue()[0] + " (" + index.getValue()[1] + ")");
        log.info("Created inbox index {} on {}", index.getKey(), index.getValue()[0]);
      } catch (RuntimeException createdMeanwhile) {
        if (!exists(index.getValue()[0], index.getKey())) {
          throw createdMeanwhile;
        }
      }
    }
  }

  private boolean exists(String table, String index) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
        try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), null, name, false, false)) {
          while (rs.next()) {
            if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }
}
