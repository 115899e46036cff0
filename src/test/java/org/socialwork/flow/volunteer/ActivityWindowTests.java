package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The check-in window: from a while before the start to a while after the end, never outside the activity's day. */
class ActivityWindowTests {

  private static Activity from(LocalDateTime starts, LocalDateTime ends) {
    return new Activity(1L, "HD-xbhbl-2027-0001", "t", "c", null, "p", "xbhbl", null, "w", starts, ends, starts, 5, 0,
        false, null, "default", Activity.PUBLISHED, null, null, null, null, null, null, null, null, null, null, "w",
        starts.minusDays(3));
  }

  @Test
  void opensAnHourBeforeAndClosesTwoHoursAfterWithinTheDay() {
    Activity a = from(LocalDateTime.of(2027, 3, 6, 9, 0), LocalDateTime.of(2027, 3, 6, 11, 0));
    assertThat(a.checkInOpens(Duration.ofHours(1))).isEqualTo(LocalDateTime.of(2027, 3, 6, 8, 0));
    assertThat(a.checkOutCloses(Duration.ofHours(2))).isEqualTo(LocalDateTime.of(2027, 3, 6, 13, 0));
  }

  @Test
  void neverReachesIntoTheDayBeforeOrAfter() {
    Activity a = from(LocalDateTime.of(2027, 3, 6, 0, 30), LocalDateTime.of(2027, 3, 6, 23, 0));
    assertThat(a.checkInOpens(Duration.ofHours(1))).isEqualTo(LocalDateTime.of(2027, 3, 6, 0, 0));
    assertThat(a.checkOutCloses(Duration.ofHours(2))).isEqualTo(LocalDateTime.of(2027, 3, 6, 23, 59, 59));
  }
}
