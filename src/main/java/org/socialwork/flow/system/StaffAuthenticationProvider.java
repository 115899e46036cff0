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
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity tables (the one user store; the engine hashes and salts them)
 * and signs the person in as a {@link StaffMember} whose authorities are their candidate groups.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final StaffDirectory staff;

  StaffAuthenticationProvider(IdentityService identity, StaffDirectory staff) {
    this.identity = identity;
    this.staff = staff;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (username == null || username.isBlank() || credentials == null
        || !identity.checkPassword(username, credentials.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
    StaffMember member = staff.find(username).orElseThrow(() -> new BadCredentialsException("Bad credentials"));
    List<SimpleGrantedAuthority> authorities = member.groups().stream().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(member, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
