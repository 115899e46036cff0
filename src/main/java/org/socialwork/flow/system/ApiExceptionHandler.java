package org.socialwork.flow.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.tasklist.WorkItemConflictException;
import org.socialwork.flow.tasklist.WorkItemNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The JSON API's errors: 400 with field messages, 403, 404, 409; never an HTML page. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final FormRenderer renderer;
  private final MessageSource messages;

  ApiExceptionHandler(FormRenderer renderer, MessageSource messages) {
    this.renderer = renderer;
    this.messages = messages;
  }

  @ExceptionHandler(FormValidationException.class)
  ResponseEntity<Map<String, Object>> invalid(FormValidationException e, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.errors().asMap().forEach((field, message) -> errors.put(field, renderer.message(message, locale)));
    return ResponseEntity.badRequest().body(Map.of("errors", errors));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest().body(Map.of("error", "malformed", "message",
        "The request body is not a JSON object of form fields"));
  }

  @ExceptionHandler(WorkItemNotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(WorkItemNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found", "message", e.getMessage()));
  }

  @ExceptionHandler(WorkItemConflictException.class)
  ResponseEntity<Map<String, Object>> conflict(WorkItemConflictException e, Locale locale) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "message",
        messages.getMessage(e.code(), null, e.getMessage(), locale)));
  }

  /** Anything unforeseen: logged with its cause, answered without internals; the transaction has rolled back. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, Object>> failed(RuntimeException e) {
    log.error("API request failed", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("error", "internal",
        "message", "The request failed and nothing was stored"));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "forbidden", "message", e.getMessage()));
  }
}
