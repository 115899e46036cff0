package org.socialwork.flow.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request (logger {@code socialwork.request}: method, path, status, milliseconds, user) with the
 * user, the task and the case or inspection number of the path in the MDC, so every line the request causes carries
 * them; the engine adds its own keys (process instance, activity, business key) while it runs. With
 * {@code logging.structured.format.console=ecs} (or {@code logstash}) the lines are JSON with these keys as fields.
 * The timing filter stands outside Spring Security so refused requests are logged too; the MDC filter inside it,
 * where the signed-in user is known.
 */
@Configuration(proxyBeanMethods = false)
class RequestLog {

  static final Logger LOG = LoggerFactory.getLogger("socialwork.request");

  private static final Pattern TASK = Pattern.compile("^/(?:api/)?tasks/([0-9a-fA-F-]{8,64})(?:/|$)");
  private static final Pattern SUBJECT = Pattern.compile("^/(?:api/)?(?:cases|inspections)/([A-Za-z0-9-]{3,40})(?:/|$)");

  private static final String USER = RequestLog.class.getName() + ".user";

  /** Outside Spring Security: times and logs every request, refused ones (401, 403) included. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestLogFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Outer());
    registration.setOrder(-110);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** Inside Spring Security: the signed-in user and the path's task and subject into the MDC. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestMdcFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Inner());
    registration.setOrder(0);
    registration.addUrlPatterns("/*");
    return registration;
  }

  static final class Outer extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long start = System.nanoTime();
      String path = request.getRequestURI();
      try {
        chain.doFilter(request, response);
      } finally {
        if (!path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/webjars/")) {
          Object user = request.getAttribute(USER);
          LOG.info("{} {} {} {}ms user={}", request.getMethod(), path, response.getStatus(),
              (System.nanoTime() - start) / 1_000_000, user == null ? "-" : user);
        }
      }
    }
  }

  static final class Inner extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI();
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      String user = authentication == null || !authentication.isAuthenticated()
          || "anonymousUser".equals(authentication.getName()) ? "-" : authentication.getName();
      request.setAttribute(USER, user);
      MDC.put("user", user);
      put("taskId", TASK.matcher(path));
      put("subject", SUBJECT.matcher(path));
      try {
        chain.doFilter(request, response);
      } finally {
        MDC.remove("user");
        MDC.remove("taskId");
        MDC.remove("subject");
      }
    }

    private static void put(String key, Matcher matcher) {
      if (matcher.find()) {
        MDC.put(key, matcher.group(1));
      }
    }
  }
}
