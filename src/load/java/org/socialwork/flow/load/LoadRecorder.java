package org.socialwork.flow.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every answer of the run: its kind, status and response time, and the second it came in. Gatling keeps its own
 * statistics (the HTML report under target/gatling); this is what the run prints at its end, per request kind.
 */
final class LoadRecorder {

  private static final int MAX_SECONDS = 3600;

  private final Map<String, List<Integer>> times = new ConcurrentHashMap<>();
  private final Map<String, Map<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();
  private final AtomicIntegerArray perSecond = new AtomicIntegerArray(MAX_SECONDS);
  private volatile long startNanos = System.nanoTime();

  void start() {
    startNanos = System.nanoTime();
  }

  /** status 0: no answer (connection refused, timeout). */
  void record(String kind, int status, int millis) {
    List<Integer> list = times.computeIfAbsent(kind, k -> new ArrayList<>());
    synchronized (list) {
      list.add(millis);
    }
    statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(status, s -> new LongAdder()).increment();
    int second = (int) ((System.nanoTime() - startNanos) / 1_000_000_000L);
    if (second >= 0 && second < MAX_SECONDS) {
      perSecond.incrementAndGet(second);
    }
  }

  long total() {
    return times.values().stream().mapToLong(List::size).sum();
  }

  /** Answers per second, averaged over [fromSecond, toSecond). */
  double rate(int fromSecond, int toSecond) {
    long sum = 0;
    int to = Math.min(toSecond, MAX_SECONDS);
    for (int s = fromSecond; s < to; s++) {
      sum += perSecond.get(s);
    }
    return to > fromSecond ? (double) sum / (to - fromSecond) : 0;
  }

  String table(double seconds) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-22s %8s %8s %8s %8s %8s %8s  %s%n", "request", "count", "per s", "p50 ms",
        "p95 ms", "p99 ms", "max ms", "statuses"));
    Map<String, List<Integer>> sorted = new TreeMap<>(times);
    List<Integer> all = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : sorted.entrySet()) {
      int[] t;
      synchronized (e.getValue()) {
        t = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        all.addAll(e.getValue());
      }
      out.append(row(e.getKey(), t, seconds, new TreeMap<>(statuses.get(e.getKey()))));
    }
    Map<Integer, LongAdder> allStatuses = new TreeMap<>();
    statuses.values().forEach(m -> m.forEach((s, n) -> allStatuses.computeIfAbsent(s, x -> new LongAdder())
        .add(n.sum())));
    out.append(row("ALL", all.stream().mapToInt(Integer::intValue).toArray(), seconds, allStatuses));
    return out.toString();
  }

  private static String row(String kind, int[] t, double seconds, Map<Integer, LongAdder> statuses) {
    Arrays.sort(t);
    StringBuilder codes = new StringBuilder();
    statuses.forEach((s, n) -> codes.append(s == 0 ? "none" : s).append('×').append(n.sum()).append(' '));
    return String.format("%-22s %8d %8.1f %8d %8d %8d %8d  %s%n", kind, t.length, t.length / seconds,
        pct(t, 50), pct(t, 95), pct(t, 99), t.length == 0 ? 0 : t[t.length - 1], codes.toString().trim());
  }

  private static int pct(int[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** Counts of 5xx answers and of requests without an answer. */
  long serverErrors() {
    return statuses.values().stream().flatMap(m -> m.entrySet().stream())
        .filter(e -> e.getKey() >= 500 || e.getKey() == 0).mapToLong(e -> e.getValue().sum()).sum();
  }
}
