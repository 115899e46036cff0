package org.socialwork.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.system.LoginThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 11, finding 2: ten wrong passwords from a stranger locked an account for good. Now a stranger's client is
 * throttled with its own message, the engine never locks the account, the real user at another client signs in, HTTP
 * Basic answers 429 with Retry-After, and an administrator sees and lifts the throttle.
 */
@ApplicationTest
class LoginThrottleTests {

  private static final String STRANGER = "203.0.113.66";
  private static final String STATION_PC = "198.51.100.12";
  private static final String ACCOUNT = "nwmc-worker";

  @Autowired MockMvc mvc;
  @Autowired LoginThrottle throttle;
  @Autowired IdentityService identity;
  @Autowired StaffDirectory staff;

  @AfterEach
  void lift() {
    throttle.lift(STRANGER, ACCOUNT);
    throttle.lift(STATION_PC, ACCOUNT);
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private MockHttpServletResponse login(String address, String password) throws Exception {
    return mvc.perform(post("/login").param("username", ACCOUNT).param("password", password).with(csrf())
        .with(from(address))).andReturn().getResponse();
  }

  @Test
  void aStrangerIsThrottledButNeitherLocksTheAccountNorKeepsTheRealUserOut() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(login(STRANGER, "guess" + i).getRedirectedUrl()).isEqualTo("/login?error");
    }
    String throttled = login(STRANGER, "guess5").getRedirectedUrl();
    assertThat(throttled).startsWith("/login?throttled=");
    // even the right password waits at the throttled client, and is not looked at
    assertThat(login(STRANGER, "demo").getRedirectedUrl()).startsWith("/login?throttled=");
    for (int i = 0; i < 10; i++) {
      login(STRANGER, "more" + i);
    }
    // the engine has not locked the account: the right password works from the station's computer
    assertThat(identity.checkPassword(ACCOUNT, "demo")).isTrue();
    assertThat(login(STATION_PC, "demo").getRedirectedUrl()).isEqualTo("/");

    String page = mvc.perform(get(throttled)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("id=\"login-throttled\"").contains("尝试次数过多").doesNotContain("id=\"login-error\"");
    String english = mvc.perform(get(throttled + "&lang=en")).andReturn().getResponse().getContentAsString();
    assertThat(english).contains("Too many attempts, try again in");
  }

  @Test
  void httpBasicAnswers429WithRetryAfterOnceThrottled() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(mvc.perform(get("/api/tasks").with(httpBasic(ACCOUNT, "wrong" + i)).with(from(STRANGER)))
          .andReturn().getResponse().getStatus()).isEqualTo(401);
    }
    MockHttpServletResponse answer = mvc.perform(get("/api/tasks").with(httpBasic(ACCOUNT, "demo"))
        .with(from(STRANGER))).andReturn().getResponse();
    assertThat(answer.getStatus()).isEqualTo(429);
    assertThat(Long.parseLong(answer.getHeader("Retry-After"))).isPositive();
    assertThat(answer.getContentAsString()).contains("\"error\":\"throttled\"");
    assertThat(mvc.perform(get("/api/tasks").with(httpBasic(ACCOUNT, "demo")).with(from(STATION_PC)))
        .andReturn().getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void oneWrongPasswordCountsOnce() throws Exception {
    login(STRANGER, "typo");
    assertThat(throttle.entries()).filteredOn(e -> e.address().equals(STRANGER))
        .singleElement().satisfies(e -> assertThat(e.failures()).isEqualTo(1));
  }

  @Test
  void anAdministratorSeesAndLiftsAThrottle() throws Exception {
    for (int i = 0; i < 6; i++) {
      login(STRANGER, "guess" + i);
    }
    assertThat(login(STRANGER, "demo").getRedirectedUrl()).startsWith("/login?throttled=");
    String page = Staff.page(mvc, staff, "/admin/login-throttles", "admin");
    assertThat(page).contains(STRANGER).contains(ACCOUNT).contains("class=\"throttle-row\"");
    mvc.perform(get("/admin/login-throttles").with(Staff.as(staff, "xbhbl-supervisor")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/login-throttles/lift").param("address", STRANGER).param("account", ACCOUNT)
        .with(Staff.as(staff, "xbhbl-supervisor")).with(csrf())).andExpect(status().isForbidden());
    assertThat(login(STRANGER, "demo").getRedirectedUrl()).startsWith("/login?throttled=");
    mvc.perform(post("/admin/login-throttles/lift").param("address", STRANGER).param("account", ACCOUNT)
        .with(Staff.as(staff, "admin")).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(login(STRANGER, "demo").getRedirectedUrl()).isEqualTo("/");
  }
}
