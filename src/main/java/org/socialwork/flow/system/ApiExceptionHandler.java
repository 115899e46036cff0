package org.socialwork.flow.system;

import org.socialwork.flow.problem.InvalidParameterException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one shape of every JSON error: {@code {"error": code, "message": text}}, plus {@code "errors": {field: text}}
 * when fields are named. One exception per meaning: {@link NotFoundException} 404, {@link ConflictException} 409,
 * {@link InvalidParameterException} and Spring's own binding failures 400 naming the parameter,
 * {@link FormValidationException} 400 with the fields. Never an HTML page, a stack trace or a class name.
 */
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

  /** The shape, for this handler and for errors no controller answered ({@code ErrorShape}). */
  static Map<String, Object> body(String error, String message, Map<String, String> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("message", message);
    if (errors != null && !errors.isEmpty()) {
      body.put("errors", errors);
    }
    return body;
  }

  private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String error, String message,
                                                            Map<String, String> errors) {
    return ResponseEntity.status(status).body(body(error, message, errors));
  }

  private static ResponseEntity<Map<String, Object>> parameter(String name, String message) {
    return answer(HttpStatus.BAD_REQUEST, "invalid_parameter", message, Map.of(name, message));
  }

  @ExceptionHandler(FormValidationException.class)
  ResponseEntity<Map<String, Object>> invalid(FormValidationException e, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.errors().asMap().forEach((field, message) -> errors.put(field, renderer.message(message, locale)));
    return answer(HttpStatus.BAD_REQUEST, "invalid", messages.getMessage("api.invalid", null,
        "Some fields are not valid", locale), errors);
  }

  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<Map<String, Object>> invalidParameter(InvalidParameterException e) {
    return parameter(e.parameter(), e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
    return parameter(e.getName(), "Parameter '" + e.getName() + "' must be " + expected(e.getRequiredType()));
  }

  @ExceptionHandler(TypeMismatchException.class)
  ResponseEntity<Map<String, Object>> bindMismatch(TypeMismatchException e) {
    String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
    return parameter(name, "Parameter '" + name + "' must be " + expected(e.getRequiredType()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
    return parameter(e.getParameterName(), "Parameter '" + e.getParameterName() + "' is required");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
    return parameter(e.getRequestPartName(), "Part '" + e.getRequestPartName() + "' is required");
  }

  @ExceptionHandler(MissingRequestValueException.class)
  ResponseEntity<Map<String, Object>> missingValue(MissingRequestValueException e) {
    return answer(HttpStatus.BAD_REQUEST, "invalid_parameter", "A required value is missing", null);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> multipart(MultipartException e) {
    return answer(HttpStatus.BAD_REQUEST, "malformed", "The multipart body could not be read", null);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return answer(HttpStatus.BAD_REQUEST, "malformed", "The request body is not a JSON object of the expected fields",
        null);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
    return answer(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "Method " + e.getMethod() + " is not allowed",
        null);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "This content type is not accepted",
        null);
  }

  @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
  ResponseEntity<Map<String, Object>> notFound(Exception e) {
    return answer(HttpStatus.NOT_FOUND, "not_found",
        e instanceof NotFoundException ? e.getMessage() : "Nothing here", null);
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Map<String, Object>> conflict(ConflictException e, Locale locale) {
    return answer(HttpStatus.CONFLICT, "conflict", messages.getMessage(e.code(), null, e.getMessage(), locale), null);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e) {
    return answer(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", null);
  }

  /** Anything unforeseen: logged with its cause, answered without internals; the transaction has rolled back. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, Object>> failed(RuntimeException e) {
    log.error("API request failed", e);
    return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "The request failed and nothing was stored", null);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another form";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (type.getName().startsWith("java.time.")) {
      return "a date (yyyy-mm-dd)" ;
    }
    return "of another form";
  }
}
