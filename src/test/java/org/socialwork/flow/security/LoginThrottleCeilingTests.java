package org.socialwork.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.system.LoginThrottle;

/** The throttle's arithmetic on a clock the test moves: free attempts, doubling waits up to the maximum, the ceiling. */
class LoginThrottleCeilingTests {

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-01T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofSeconds(10), Duration.ofSeconds(60),
      20, Duration.ofSeconds(45));

  @Test
  void waitsDoubleAfterTheFreeAttemptsUpToTheMaximumAndARightPasswordClears() {
    for (int i = 0; i < 2; i++) {
      throttle.failed("10.0.0.1", "a");
      assertThat(throttle.waitSeconds("10.0.0.1", "a")).isZero();
    }
    // the third wrong attempt is the last free one: the next try waits
    throttle.failed("10.0.0.1", "a");
    assertThat(throttle.waitSeconds("10.0.0.1", "a")).isEqualTo(10);
    throttle.failed("10.0.0.1", "a");
    assertThat(throttle.waitSeconds("10.0.0.1", "a")).isEqualTo(20);
    for (int i = 0; i < 5; i++) {
      throttle.failed("10.0.0.1", "a");
    }
    assertThat(throttle.waitSeconds("10.0.0.1", "a")).isEqualTo(60);
    assertThat(throttle.waitSeconds("10.0.0.2", "a")).isZero();
    assertThat(throttle.waitSeconds("10.0.0.1", "b")).isZero();
    clock.advance(Duration.ofSeconds(61));
    assertThat(throttle.waitSeconds("10.0.0.1", "a")).isZero();
    throttle.succeeded("10.0.0.1", "a");
    throttle.failed("10.0.0.1", "a");
    assertThat(throttle.waitSeconds("10.0.0.1", "a")).isZero();
  }

  @Test
  void aboveTheCeilingEveryClientWithARecentWrongPasswordWaitsButOthersDoNot() {
    for (int i = 0; i < 21; i++) {
      throttle.failed("10.1.0." + i, "victim");
    }
    assertThat(throttle.failuresLastMinute()).isEqualTo(21);
    assertThat(throttle.waitSeconds("10.1.0.5", "victim")).isEqualTo(45);
    assertThat(throttle.waitSeconds("10.9.9.9", "victim")).isZero();
    clock.advance(Duration.ofSeconds(61));
    assertThat(throttle.waitSeconds("10.1.0.5", "victim")).isZero();
    assertThat(throttle.failuresLastMinute()).isZero();
  }

  @Test
  void anAdministratorLiftsEverything() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("10.0.0.1", "a");
    }
    assertThat(throttle.entries()).hasSize(1);
    throttle.liftAll();
    assertThat(throttle.entries()).isEmpty();
    assertThat(throttle.waitSeconds("10.0.0.1", "a")).isZero();
  }
}
