package org.socialwork.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
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
  /** The session cookie of a signed-in browser (sessions live in Spring Session's repository, not the mock request). */
  Cookie session;

  @BeforeEach
  void signIn() throws Exception {
    session = mvc.perform(formLogin("/login").user("xbhbl-worker").password("demo"))
        .andReturn().getResponse().getCookie("SESSION");
    assertThat(session).as("the login sets the session cookie").isNotNull();
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
    mvc.perform(post(CLAIM).cookie(session)).andExpect(status().isForbidden());
    mvc.perform(post(CLAIM).cookie(session).with(httpBasic("xbhbl-worker", "demo")))
        .andExpect(status().isForbidden());
    mvc.perform(post(CLAIM).cookie(session).header("Authorization", "Basic eGJoYmwtd29ya2VyOndyb25n"))
        .andExpect(status().isForbidden());
    mvc.perform(post(CLAIM).cookie(session).with(csrf())).andExpect(status().isNotFound());
  }

  @Test
  void anotherAuthorizationSchemeExemptsNothing() throws Exception {
    mvc.perform(post(CLAIM).cookie(session).header("Authorization", "Bearer x")).andExpect(status().isForbidden());
    mvc.perform(post("/tasks/no-such-task/claim").cookie(session).header("Authorization", "Bearer x"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/tasks/no-such-task/claim").cookie(session).header("Authorization", "Basic eDp5"))
        .andExpect(status().isForbidden());
  }
}
