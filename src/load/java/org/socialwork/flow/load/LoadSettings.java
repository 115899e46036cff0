package org.socialwork.flow.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one load run does, from system properties (the {@code load} Maven profile passes them on):
 * {@code load.mode} ({@code users}: a ramp to {@code load.users} people with think times; {@code saturation}: closed
 * loop without think time over the concurrency steps {@code load.levels}), {@code load.duration} (ISO-8601 or
 * seconds, default 2 min), {@code load.think} (mean seconds between a person's actions), the application's port, heap
 * and extra JVM options, whether to record a JFR profile of the application, and how many nodes share the database
 * ({@code load.nodes}: the people are spread over them round-robin, as a load balancer would).
 */
record LoadSettings(String mode, int users, Duration duration, Duration ramp, double thinkSeconds, List<Integer> levels,
                    int port, String jar, String database, String jvmArgs, boolean jfr, boolean freshDatabase,
                    Duration startTimeout, int nodes) {

  static LoadSettings fromSystemProperties() {
    String mode = prop("load.mode", "users");
    if (!mode.equals("users") && !mode.equals("saturation")) {
      throw new IllegalArgumentException("load.mode must be users or saturation, not " + mode);
    }
    int users = Integer.parseInt(prop("load.users", "50"));
    Duration duration = duration(prop("load.duration", "PT2M"));
    Duration ramp = duration(prop("load.ramp", "PT30S"));
    // a closed loop has no think time, whatever load.think says (a saturation run with think times measures nothing)
    double think = mode.equals("saturation") ? 0 : Double.parseDouble(prop("load.think", "6"));
    List<Integer> levels = Arrays.stream(prop("load.levels", "4,8,16,32").split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    return new LoadSettings(mode, users, duration, ramp, think, levels,
        Integer.parseInt(prop("load.port", "18170")),
        prop("load.jar", "target/socialwork-flow-0.1.0-SNAPSHOT.jar"),
        prop("load.db", "socialwork_load"),
        // the Gatling plugin hands a value with spaces over in quotes
        prop("load.jvmArgs", "-Xmx384m").replaceAll("^\"|\"$", ""),
        Boolean.parseBoolean(prop("load.jfr", "false")),
        Boolean.parseBoolean(prop("load.freshDb", "true")),
        duration(prop("load.startTimeout", "PT5M")),
        nodes(prop("load.nodes", "1")));
  }

  /** How many application nodes on the one database ({@code load.nodes}, 1–4; ports {@code load.port} + 0, 1 …). */
  private static int nodes(String text) {
    int nodes = Integer.parseInt(text);
    if (nodes < 1 || nodes > 4) {
      throw new IllegalArgumentException("load.nodes must be 1 to 4, not " + nodes);
    }
    return nodes;
  }

  boolean saturation() {
    return mode.equals("saturation");
  }

  private static String prop(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static Duration duration(String text) {
    return text.startsWith("P") || text.startsWith("p") ? Duration.parse(text.toUpperCase())
        : Duration.ofSeconds(Long.parseLong(text.replaceAll("s$", "")));
  }
}
