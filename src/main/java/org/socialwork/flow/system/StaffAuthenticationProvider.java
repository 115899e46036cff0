package org.socialwork.flow.system;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.PasswordChanged;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity tables (the one user store; the engine hashes and salts them)
 * and signs the person in as a {@link StaffMember} whose authorities are their candidate groups. The engine's own
 * account lock is off (application.properties); {@link LoginThrottle} throttles per client instead. The one provider
 * bean is the global one: registering it per filter chain as well made each wrong password count twice. A password the
 * engine accepted a moment ago is answered from {@link VerifiedCredentials} (HTTP Basic sends it on every call).
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final StaffDirectory staff;
  private final LoginThrottle throttle;
  private final VerifiedCredentials verified;

  @Autowired
  StaffAuthenticationProvider(IdentityService identity, StaffDirectory staff, LoginThrottle throttle,
                              @Value("${socialwork.login.verified-ttl:PT30S}") Duration verifiedTtl) {
    this(identity, staff, throttle, new VerifiedCredentials(verifiedTtl, System::nanoTime));
  }

  StaffAuthenticationProvider(IdentityService identity, StaffDirectory staff, LoginThrottle throttle,
                              VerifiedCredentials verified) {
    this.identity = identity;
    this.staff = staff;
    this.throttle = throttle;
    this.verified = verified;
  }

  /**
   * A throttled client is refused before its password is looked at (so waiting is no oracle); a wrong password
   * counts against the client and account, a right one clears them.
   */
  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
    long wait = throttle.waitSeconds(address, username);
    if (wait > 0) {
      throw new LoginThrottledException(wait);
    }
    if (username == null || username.isBlank() || credentials == null) {
      throttle.failed(address, username);
      throw new BadCredentialsException("Bad credentials");
    }
    String password = credentials.toString();
    Optional<StaffMember> known = verified.verified(username, password);
    StaffMember member;
    if (known.isPresent()) {
      member = known.get();
    } else {
      if (!identity.checkPassword(username, password)) {
        throttle.failed(address, username);
        throw new BadCredentialsException("Bad credentials");
      }
      member = staff.find(username).orElseThrow(() -> {
        throttle.failed(address, username);
        return new BadCredentialsException("Bad credentials");
      });
      verified.remember(username, password, member);
    }
    throttle.succeeded(address, username);
    List<SimpleGrantedAuthority> authorities = member.groups().stream().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(member, null, authorities);
  }

  /** A password set anew through the application no longer counts as verified on this node. */
  @EventListener
  public void on(PasswordChanged changed) {
    verified.forget(changed.username());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
