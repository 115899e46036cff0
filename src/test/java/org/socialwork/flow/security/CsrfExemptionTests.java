package org.socialwork.flow.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A state-changing request skips the CSRF token only when Basic credentials alone authenticate it: a signed-in
 * browser session needs the token whatever Authorization header comes along. The probe is claiming a task that does
 * not exist: 404 once past CSRF, 403 when CSRF refuses, 401 for wrong credentials.
 */
@ApplicationTest
class CsrfExemptionTests {

  static final String CLAIM = "/api/tasks/no-such-task/claim";

  @Autowired MockMvc mvc;
  MockHttpSession session;

  @BeforeEach
  void signIn() throws Exception {
    session = (MockHttpSession) mvc.perform(formLogin("/login").user("xbhbl-worker").password("demo"))
        .andReturn().getRequest().getSession(false);
  }

  @Test
  void basicCredentialsAloneNeedNoToken() throws Exception {
    mvc.perform(post(CLAIM).with(httpBasic("xbhbl-worker", "demo"))).andExpect(status().isNotFound());
  }

  @Test
  void wrongBasicCredentialsAreRefused() throws Exception {
    mvc.perform(post(CLAIM).with(httpBasic("xbhbl-worker", "wrong-" + System.nanoTime())))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aSignedInSessionNeedsTheTokenEvenWithABasicHeader() throws Exception {
    mvc.perform(post(CLAIM).session(session)).andExpect(status().isForbidden());
    mvc.perform(post(CLAIM).session(session).with(httpBasic("xbhbl-worker", "demo")))
        .andExpect(status().isForbidden());
    mvc.perform(post(CLAIM).session(session).header("Authorization", "Basic eGJoYmwtd29ya2VyOndyb25n"))
        .andExpect(status().isForbidden());
    mvc.perform(post(CLAIM).session(session).with(csrf())).andExpect(status().isNotFound());
  }

  @Test
  void anotherAuthorizationSchemeExemptsNothing() throws Exception {
    mvc.perform(post(CLAIM).session(session).header("Authorization", "Bearer x")).andExpect(status().isForbidden());
    mvc.perform(post("/tasks/no-such-task/claim").session(session).header("Authorization", "Bearer x"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/tasks/no-such-task/claim").session(session).header("Authorization", "Basic eDp5"))
        .andExpect(status().isForbidden());
  }
}
