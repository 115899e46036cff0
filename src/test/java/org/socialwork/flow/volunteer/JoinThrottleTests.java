package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The public application form's limit: per address and over all addresses, within a sliding hour. */
class JoinThrottleTests {

  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-03-01T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void anAddressMayApplyItsNumberOfTimesAnHourOthersStillMay() {
    MovingClock clock = new MovingClock();
    JoinThrottle throttle = new JoinThrottle(clock, 2, 5);
    for (int i = 0; i < 2; i++) {
      assertThat(throttle.mayApply("10.0.0.1")).isTrue();
      throttle.applied("10.0.0.1");
    }
    assertThat(throttle.mayApply("10.0.0.1")).isFalse();
    assertThat(throttle.mayApply("10.0.0.2")).isTrue();
    clock.now = clock.now.plus(Duration.ofMinutes(61));
    assertThat(throttle.mayApply("10.0.0.1")).as("an hour later").isTrue();
  }

  @Test
  void theCeilingHoldsForAllAddressesTogether() {
    MovingClock clock = new MovingClock();
    JoinThrottle throttle = new JoinThrottle(clock, 2, 5);
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.mayApply("10.0.1." + i)).isTrue();
      throttle.applied("10.0.1." + i);
    }
    assertThat(throttle.mayApply("10.0.2.1")).isFalse();
    clock.now = clock.now.plus(Duration.ofMinutes(61));
    assertThat(throttle.mayApply("10.0.2.1")).isTrue();
  }
}
