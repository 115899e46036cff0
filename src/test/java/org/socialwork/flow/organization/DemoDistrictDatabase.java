package org.socialwork.flow.organization;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own for a demo district's start (the demo districts load only into an empty database): an
 * in-memory H2 of that name, or with the mysql profile a MariaDB/MySQL database {@code <test database>_<name>} on the
 * same server, created when missing. A second run on the same MariaDB database finds the district there and loads
 * nothing: the figures the tests check hold either way. Its engine has a name of its own, and its context is not
 * closed (closing an engine of the JVM can take another's entry out of Camunda's registry, see TwoNodeTests).
 */
final class DemoDistrictDatabase {

  private DemoDistrictDatabase() {
  }

  static void register(DynamicPropertyRegistry registry, String name) {
    // an engine name of its own: the engines of one JVM share Camunda's static registry, which /engine-rest reads, and
    // a second "default" would take the shared test context's entry (AuthorizationMatrixTests' engine-rest reads)
    // (no hyphen in it: the starter then keeps "default", as "demo-luan" did)
    registry.add("camunda.bpm.process-engine-name", () -> "demo" + name);
    String profiles = System.getProperty("spring.profiles.active", "");
    if (!profiles.contains("mysql")) {
      registry.add("spring.datasource.url", () -> "jdbc:h2:mem:socialwork-" + name
          + ";MODE=MySQL;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0");
      return;
    }
    String base = System.getenv().getOrDefault("DB_URL", "jdbc:mysql://127.0.0.1:3306/socialwork_test?"
        + "characterEncoding=UTF-8&sendFractionalSeconds=false&useSSL=false&allowPublicKeyRetrieval=true"
        + "&nullCatalogMeansCurrent=true");
    int slash = base.indexOf('/', "jdbc:mysql://".length());
    int query = base.indexOf('?', slash);
    String database = base.substring(slash + 1, query < 0 ? base.length() : query) + "_" + name;
    String server = base.substring(0, slash + 1) + (query < 0 ? "" : base.substring(query));
    String user = System.getenv().getOrDefault("DB_USER", "root");
    String password = System.getenv().getOrDefault("DB_PASSWORD", "");
    try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create " + database, e);
    }
    String url = base.substring(0, slash + 1) + database + (query < 0 ? "" : base.substring(query));
    registry.add("spring.datasource.url", () -> url);
  }
}
