package org.socialwork.flow.system;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
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
 * bean is the global one: registering it per filter chain as well made each wrong password count twice.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final StaffDirectory staff;
  private final LoginThrottle throttle;

  StaffAuthenticationProvider(IdentityService identity, StaffDirectory staff, LoginThrottle throttle) {
    this.identity = identity;
    this.staff = staff;
    this.throttle = throttle;
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
    if (username == null || username.isBlank() || credentials == null
        || !identity.checkPassword(username, credentials.toString())) {
      throttle.failed(address, username);
      throw new BadCredentialsException("Bad credentials");
    }
    StaffMember member = staff.find(username).orElseThrow(() -> {
      throttle.failed(address, username);
      return new BadCredentialsException("Bad credentials");
    });
    throttle.succeeded(address, username);
    List<SimpleGrantedAuthority> authorities = member.groups().stream().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(member, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
