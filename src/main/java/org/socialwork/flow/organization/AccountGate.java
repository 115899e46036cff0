package org.socialwork.flow.organization;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security on every request of a signed-in person: someone holding a one-time password changes it
 * before anything else (pages redirect to {@code /account/password}, the API answers 403
 * {@code password_change_required} except {@code /api/account}), and the session of someone deactivated meanwhile
 * ends (401 for the API, the login page for pages).
 */
@Component
class AccountGate extends OncePerRequestFilter {

  private final OrganizationMapper organization;
  private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  AccountGate(OrganizationMapper organization) {
    this.organization = organization;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/vendor/")
        || path.equals("/login") || path.equals("/logout") || path.equals("/error") || path.equals("/favicon.ico");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof StaffMember member)) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    java.util.List<AccountState> state = organization.findAccountState(member.username());
    if (state.isEmpty() || !state.get(0).active()) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
      if (api) {
        json(response, 401, "{\"error\":\"unauthenticated\",\"message\":\"This account is no longer active\"}");
      } else {
        response.sendRedirect(request.getContextPath() + "/login");
      }
      return;
    }
    AccountState person = state.get(0);
    java.util.List<RoleAssignment> roles = AccountState.roles(state);
    if (!roles.equals(member.roles()) || !person.fullName().equals(member.fullName())) {
      // roles changed by an administrator meanwhile: they count from this request on, without signing in again
      StaffMember fresh = new StaffMember(member.username(), person.fullName(), roles);
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
          fresh.groups().stream().map(SimpleGrantedAuthority::new).toList()));
      SecurityContextHolder.setContext(context);
      if (request.getSession(false) != null) {
        sessions.saveContext(context, request, response);
      }
    }
    if (person.mustChangePassword() && !path.startsWith("/account") && !path.startsWith("/api/account")) {
      if (api) {
        json(response, 403, "{\"error\":\"password_change_required\",\"message\":"
            + "\"Change the one-time password first: POST /api/account/password\"}");
      } else {
        response.sendRedirect(request.getContextPath() + "/account/password");
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static void json(HttpServletResponse response, int status, String body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }
}
