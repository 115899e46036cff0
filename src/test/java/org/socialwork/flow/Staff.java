package org.socialwork.flow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as a demo account, as the login would (principal = StaffMember). */
public final class Staff {

  private Staff() {
  }

  /** The HTML of a page as the demo account sees it; fails unless the page answers 200. */
  public static String page(MockMvc mvc, StaffDirectory directory, String path, String username) throws Exception {
    return mvc.perform(get(path).with(as(directory, username))).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
  }

  public static RequestPostProcessor as(StaffDirectory directory, String username) {
    StaffMember member = directory.find(username).orElseThrow();
    return authentication(UsernamePasswordAuthenticationToken.authenticated(member, null,
        member.groups().stream().map(SimpleGrantedAuthority::new).toList()));
  }
}
