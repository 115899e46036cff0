package org.socialwork.flow.volunteer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the applications the public page {@code /volunteer/join} stores (it needs no login): at most
 * {@code socialwork.volunteer.join-per-hour} (default 20) from one client address within an hour, and at most
 * {@code socialwork.volunteer.join-ceiling-per-hour} (default 500) from all addresses together, so a script cannot
 * fill the stations' lists. Refused submissions store nothing and count nothing. Kept in memory per node, like the
 * login throttle: a restart or another node starts afresh.
 */
@Component
class JoinThrottle {

  private static final Duration WINDOW = Duration.ofHours(1);

  private final Clock clock;
  private final int perAddress;
  private final int ceiling;
  private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
  private final Deque<Instant> all = new ArrayDeque<>();

  JoinThrottle(Clock clock, @Value("${socialwork.volunteer.join-per-hour:20}") int perAddress,
               @Value("${socialwork.volunteer.join-ceiling-per-hour:500}") int ceiling) {
    this.clock = clock;
    this.perAddress = perAddress;
    this.ceiling = ceiling;
  }

  /** Whether one more application from this address may be stored now. */
  synchronized boolean mayApply(String address) {
    Instant since = clock.instant().minus(WINDOW);
    prune(all, since);
    Deque<Instant> mine = byAddress.get(String.valueOf(address));
    if (mine != null) {
      prune(mine, since);
      if (mine.isEmpty()) {
        byAddress.remove(String.valueOf(address));
      }
    }
    return all.size() < ceiling && (mine == null || mine.size() < perAddress);
  }

  /** Counts an application stored from this address. */
  synchronized void applied(String address) {
    Instant now = clock.instant();
    all.addLast(now);
    byAddress.computeIfAbsent(String.valueOf(address), a -> new ArrayDeque<>()).addLast(now);
    if (byAddress.size() > 10_000) {
      Instant since = now.minus(WINDOW);
      byAddress.values().forEach(d -> prune(d, since));
      byAddress.values().removeIf(Deque::isEmpty);
    }
  }

  private static void prune(Deque<Instant> times, Instant since) {
    while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
      times.removeFirst();
    }
  }
}
