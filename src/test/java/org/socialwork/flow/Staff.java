package org.socialwork.flow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as a demo account, as the login would (principal = StaffMember). */
public final class Staff {

  private Staff() {
  }

  public static RequestPostProcessor as(StaffDirectory directory, String username) {
    StaffMember member = directory.find(username).orElseThrow();
    return authentication(UsernamePasswordAuthenticationToken.authenticated(member, null,
        member.groups().stream().map(SimpleGrantedAuthority::new).toList()));
  }
}
