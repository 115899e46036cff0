package org.socialwork.flow.system;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.socialwork.flow.organization.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors, one user store. {@code /api/**}, {@code /engine-rest/**} and {@code /v3/api-docs} take HTTP Basic or
 * the page session and answer 401/403 with JSON, never a redirect; pages use form login. CSRF is required
 * for every state-changing request that relies on the session cookie; a request carrying its own
 * Authorization header cannot be forged cross-site and is exempt.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /**
   * CSRF protection for every state-changing request except those that Basic credentials alone authenticate: a Basic
   * header and no signed-in session. (The CSRF filter runs before the Basic filter, so "alone" is decided here: with
   * a signed-in session the Basic filter would accept the session's user without checking the password, and any other
   * Authorization scheme authenticates nothing, so both need the token.) Wrong Basic credentials get 401 later.
   */
  private static final RequestMatcher NEEDS_CSRF = (HttpServletRequest request) ->
      !SAFE_METHODS.contains(request.getMethod()) && !basicAlone(request);

  static boolean basicAlone(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    var session = request.getSession(false);
    return session == null || session.getAttribute(
        org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
        == null;
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    // Ant matchers look at the whole path: /engine-rest and /camunda/api are served by Jersey servlets, not by
    // the DispatcherServlet, and servlet-aware matchers would let them fall through to the page chain.
    http.securityMatcher(new OrRequestMatcher(ant("/api/**"), ant("/engine-rest/**"), ant("/v3/api-docs/**"),
            ant("/v3/api-docs"), ant("/actuator/**")))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(ant("/engine-rest/**")).hasAuthority(Role.ADMINS)
            .requestMatchers(HttpMethod.GET, "/actuator/health").permitAll()
            // the public verification of a volunteer service certificate by its number: name, hours, period, status
            .requestMatchers(HttpMethod.GET, "/api/certificates/*").permitAll()
            .requestMatchers(ant("/actuator/**")).hasAuthority(Role.ADMINS)
            .requestMatchers(ant("/api/audit/**"), ant("/api/audit")).hasAnyAuthority(Role.ADMINS, Role.LEADING_GROUP)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(jsonEntryPoint()))
        .exceptionHandling(e -> e.authenticationEntryPoint(jsonEntryPoint()).accessDeniedHandler(jsonAccessDenied()))
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(NEEDS_CSRF));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(auth -> auth
            .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
            // the public verification page of a certificate (the number printed on it), and its number form
            .requestMatchers(HttpMethod.GET, "/verify", "/verify/*").permitAll()
            // volunteers' own applications: the form, the outcome by the application code, setting the password
            .requestMatchers("/volunteer/join", "/volunteer/join/status", "/volunteer/join/activate").permitAll()
            .requestMatchers(ant("/camunda/**")).hasAuthority(Role.ADMINS)
            // the organisation: administrators change it, the leading group reads it (OrganizationAdmin checks writes)
            .requestMatchers(ant("/admin/organization"), ant("/admin/organization/**"))
                .hasAnyAuthority(Role.ADMINS, Role.LEADING_GROUP)
            .requestMatchers(ant("/admin/audit")).hasAnyAuthority(Role.ADMINS, Role.LEADING_GROUP)
            .requestMatchers(ant("/admin/**")).hasAuthority(Role.ADMINS)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
            .failureHandler(loginFailure()))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(NEEDS_CSRF))
        .headers(h -> h.frameOptions(f -> f.sameOrigin())
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            // Scripts only from this server, none inline (templates keep their code in static/js); the Camunda
            // webapps send their own policy, two policies would be enforced together, so they are left out.
            .addHeaderWriter(new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
                new org.springframework.security.web.util.matcher.NegatedRequestMatcher(ant("/camunda/**")),
                new org.springframework.security.web.header.writers.StaticHeadersWriter("Content-Security-Policy",
                    CONTENT_SECURITY_POLICY))));
    return http.build();
  }

  @SuppressWarnings("deprecation")
  private static RequestMatcher ant(String pattern) {
    return org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher(pattern);
  }

  /**
   * 401 with JSON and without a {@code WWW-Authenticate: Basic} challenge: scripts and Camunda Modeler send their
   * credentials up front, and a browser that never sees the challenge never asks for and caches Basic credentials,
   * which it would then attach to forged cross-site requests (those carry an Authorization header and skip CSRF).
   */
  private static AuthenticationEntryPoint jsonEntryPoint() {
    return (request, response, ex) -> {
      if (ex instanceof LoginThrottledException throttled) {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(throttled.seconds()));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"throttled\",\"message\":\"Too many attempts, try again in "
            + throttled.seconds() + " s\"}");
        return;
      }
      response.setStatus(401);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"error\":\"unauthenticated\",\"message\":\"Authentication required\"}");
    };
  }

  /** A wrong password: the login page with "wrong password"; a throttled client: with "try again in N s". */
  private static AuthenticationFailureHandler loginFailure() {
    return (request, response, ex) -> response.sendRedirect(ex instanceof LoginThrottledException throttled
        ? "/login?throttled=" + throttled.seconds() : "/login?error");
  }

  private static AccessDeniedHandler jsonAccessDenied() {
    return (request, response, ex) -> {
      response.setStatus(403);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"error\":\"forbidden\",\"message\":\"Not allowed\"}");
    };
  }
}
