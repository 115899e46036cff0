package org.socialwork.flow.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles wrong passwords per client address and account, instead of the engine's account lock (which let anyone
 * who knows a user name keep that person out for good). A pair gets {@code free} wrong attempts, then waits
 * {@code base}, doubling with each further wrong attempt up to {@code max}; a right password from that pair clears it.
 * Another client (the real user at the station) is not affected. Over the whole node, more than {@code ceiling}
 * wrong attempts within a minute (a spread attack) make every pair with a recent wrong attempt wait at least
 * {@code ceilingWait}, while pairs without one still sign in.
 *
 * <p>Kept in memory per node: a restart or another node starts afresh (documented in docs/security.md).
 */
@Component
public class LoginThrottle {

  /** One client address and account and how it stands. */
  public record Entry(String address, String account, int failures, Instant lastFailure, Instant waitUntil) {
  }

  private final Clock clock;
  private final int free;
  private final Duration base;
  private final Duration max;
  private final int ceiling;
  private final Duration ceilingWait;
  private final Duration forgetAfter;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Deque<Instant> recentFailures = new ArrayDeque<>();

  public LoginThrottle(Clock clock,
                       @Value("${socialwork.login.free-attempts:5}") int free,
                       @Value("${socialwork.login.first-wait:PT30S}") Duration base,
                       @Value("${socialwork.login.max-wait:PT15M}") Duration max,
                       @Value("${socialwork.login.ceiling-per-minute:300}") int ceiling,
                       @Value("${socialwork.login.ceiling-wait:PT1M}") Duration ceilingWait) {
    this.clock = clock;
    this.free = free;
    this.base = base;
    this.max = max;
    this.ceiling = ceiling;
    this.ceilingWait = ceilingWait;
    this.forgetAfter = max.multipliedBy(2);
  }

  private static String key(String address, String account) {
    return String.valueOf(address) + "|" + String.valueOf(account).toLowerCase(Locale.ROOT);
  }

  /** Seconds this client must wait before trying this account again (0: may try now). */
  public long waitSeconds(String address, String account) {
    Instant now = clock.instant();
    Entry e = entries.get(key(address, account));
    if (e == null) {
      return 0;
    }
    Instant until = e.waitUntil();
    if (overCeiling(now) && e.lastFailure().plus(ceilingWait).isAfter(now)) {
      Instant ceilingUntil = e.lastFailure().plus(ceilingWait);
      until = until == null || ceilingUntil.isAfter(until) ? ceilingUntil : until;
    }
    if (until == null || !until.isAfter(now)) {
      return 0;
    }
    return Math.max(1, Duration.between(now, until).toSeconds() + (Duration.between(now, until).toNanosPart() > 0 ? 1 : 0));
  }

  /** A wrong password (or unknown account) from this client. */
  public void failed(String address, String account) {
    Instant now = clock.instant();
    synchronized (recentFailures) {
      recentFailures.addLast(now);
      prune(now);
    }
    entries.compute(key(address, account), (k, e) -> {
      int failures = e == null || e.lastFailure().plus(forgetAfter).isBefore(now) ? 1 : e.failures() + 1;
      Instant until = null;
      if (failures >= free) {
        Duration wait = base.multipliedBy(1L << Math.min(20, failures - free));
        until = now.plus(wait.compareTo(max) > 0 ? max : wait);
      }
      return new Entry(address, account, failures, now, until);
    });
    if (entries.size() > 100_000) {
      entries.values().removeIf(e -> e.lastFailure().plus(forgetAfter).isBefore(now));
    }
  }

  /** The right password: the pair starts afresh. */
  public void succeeded(String address, String account) {
    entries.remove(key(address, account));
  }

  private boolean overCeiling(Instant now) {
    synchronized (recentFailures) {
      prune(now);
      return recentFailures.size() > ceiling;
    }
  }

  private void prune(Instant now) {
    Instant minuteAgo = now.minusSeconds(60);
    while (!recentFailures.isEmpty() && recentFailures.peekFirst().isBefore(minuteAgo)) {
      recentFailures.pollFirst();
    }
  }

  /** The pairs with wrong attempts still remembered, most recent first. */
  public List<Entry> entries() {
    Instant now = clock.instant();
    return entries.values().stream().filter(e -> !e.lastFailure().plus(forgetAfter).isBefore(now))
        .sorted(Comparator.comparing(Entry::lastFailure).reversed()).toList();
  }

  /** A pair as the administration page shows it: last attempt in the server's zone, the wait still to go. */
  public record Status(String address, String account, int failures, java.time.LocalDateTime lastFailure,
                       long waitSeconds) {
  }

  public List<Status> statuses() {
    return entries().stream().map(e -> new Status(e.address(), e.account(), e.failures(),
        java.time.LocalDateTime.ofInstant(e.lastFailure(), clock.getZone()), waitSeconds(e.address(), e.account())))
        .toList();
  }

  /** Wrong attempts over the node within the last minute. */
  public int failuresLastMinute() {
    synchronized (recentFailures) {
      prune(clock.instant());
      return recentFailures.size();
    }
  }

  public int ceiling() {
    return ceiling;
  }

  /** An administrator lifts one pair. */
  public boolean lift(String address, String account) {
    return entries.remove(key(address, account)) != null;
  }

  /** An administrator lifts every pair (and the node's count). */
  public void liftAll() {
    entries.clear();
    synchronized (recentFailures) {
      recentFailures.clear();
    }
  }
}
