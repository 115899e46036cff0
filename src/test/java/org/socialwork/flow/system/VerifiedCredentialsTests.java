package org.socialwork.flow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.organization.PasswordChanged;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.RoleAssignment;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A password the engine accepted a moment ago is not checked by the engine again (HTTP Basic sends it on every call),
 * but a wrong one is still refused, right after the right one too, and still counts against the throttle; the
 * remembered success ends with its expiry, with a password set anew, and not at all when switched off.
 */
class VerifiedCredentialsTests {

  private static final String USER = "xbhbl-worker";
  private static final StaffMember MEMBER = new StaffMember(USER, "刘洋",
      List.of(new RoleAssignment(USER, Role.WORKER, "xbhbl")));

  private final IdentityService identity = mock(IdentityService.class);
  private final StaffDirectory staff = mock(StaffDirectory.class);
  private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), 5, Duration.ofSeconds(30),
      Duration.ofMinutes(15), 300, Duration.ofMinutes(1));
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  private StaffAuthenticationProvider provider(Duration ttl) {
    when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
    when(identity.checkPassword(USER, "demo")).thenReturn(true);
    when(staff.find(USER)).thenReturn(Optional.of(MEMBER));
    return new StaffAuthenticationProvider(identity, staff, throttle, new VerifiedCredentials(ttl, nanos::get));
  }

  private static Authentication basic(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }

  @Test
  void theEngineChecksARightPasswordOnceWithinTheExpiry() {
    StaffAuthenticationProvider provider = provider(Duration.ofSeconds(30));
    for (int i = 0; i < 5; i++) {
      Authentication done = provider.authenticate(basic(USER, "demo"));
      assertThat(done.isAuthenticated()).isTrue();
      assertThat(done.getPrincipal()).isEqualTo(MEMBER);
      assertThat(done.getAuthorities()).extracting(Object::toString).containsExactly("station-xbhbl-worker");
    }
    verify(identity, times(1)).checkPassword(USER, "demo");
    verify(staff, times(1)).find(USER);
  }

  @Test
  void aWrongPasswordIsRefusedRightAfterTheRightOneAndCountsAgainstTheThrottle() {
    StaffAuthenticationProvider provider = provider(Duration.ofSeconds(30));
    provider.authenticate(basic(USER, "demo"));
    for (String wrong : List.of("demo ", "Demo", "dem", "demo\u0000", "")) {
      assertThatThrownBy(() -> provider.authenticate(basic(USER, wrong))).isInstanceOf(BadCredentialsException.class);
      verify(identity).checkPassword(USER, wrong);
    }
    // another account with the right password of this one: refused by the engine, never answered from memory
    assertThatThrownBy(() -> provider.authenticate(basic("sjl-worker", "demo")))
        .isInstanceOf(BadCredentialsException.class);
    // five wrong passwords from this client (five are free): it waits, even with the right password remembered
    assertThatThrownBy(() -> provider.authenticate(basic(USER, "demo"))).isInstanceOf(LoginThrottledException.class);
  }

  @Test
  void theEngineIsAskedAgainAfterTheExpiryAndAfterThePasswordWasSetAnew() {
    StaffAuthenticationProvider provider = provider(Duration.ofSeconds(30));
    provider.authenticate(basic(USER, "demo"));
    nanos.addAndGet(Duration.ofSeconds(29).toNanos());
    provider.authenticate(basic(USER, "demo"));
    verify(identity, times(1)).checkPassword(USER, "demo");
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    provider.authenticate(basic(USER, "demo"));
    verify(identity, times(2)).checkPassword(USER, "demo");

    provider.on(new PasswordChanged(USER));
    when(identity.checkPassword(USER, "demo")).thenReturn(false);
    assertThatThrownBy(() -> provider.authenticate(basic(USER, "demo"))).isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void switchedOffTheEngineChecksEveryTime() {
    StaffAuthenticationProvider provider = provider(Duration.ZERO);
    for (int i = 0; i < 3; i++) {
      provider.authenticate(basic(USER, "demo"));
    }
    verify(identity, times(3)).checkPassword(USER, "demo");
    verify(identity, never()).checkPassword(USER, "wrong");
  }
}
