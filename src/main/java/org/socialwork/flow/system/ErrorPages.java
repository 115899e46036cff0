package org.socialwork.flow.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Spring Boot's error controller, except that {@code /error} asked for directly (no error being forwarded) answers
 * 404 instead of 500: nothing failed, and there is nothing at that address. Only in a web application: the
 * benchmarks start the application without a web layer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPages {

  @Bean
  BasicErrorController basicErrorController(ErrorAttributes attributes, ServerProperties server,
                                            ObjectProvider<ErrorViewResolver> resolvers) {
    return new BasicErrorController(attributes, server.getError(), resolvers.orderedStream().toList()) {
      @Override
      protected HttpStatus getStatus(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND
            : super.getStatus(request);
      }
    };
  }
}
