package org.socialwork.flow.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.socialwork.flow.problem.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages: anything out of reach ({@link NotFoundException}) is a 404 page; a conflict (a task taken meanwhile) sends
 * the person back to the inbox with its message. Capabilities' own page handlers come first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }

  @ExceptionHandler(AccessDeniedException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String forbidden() {
    return "error/403";
  }

  /** A parameter out of range or of the wrong kind: 400, on the error page (it answered 500 before). */
  @ExceptionHandler(InvalidParameterException.class)
  void invalidParameter(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.BAD_REQUEST.value());
  }

  @ExceptionHandler(ConflictException.class)
  String conflict(ConflictException e, RedirectAttributes redirect) {
    redirect.addFlashAttribute("problem", e.code());
    return "redirect:/tasks";
  }
}
