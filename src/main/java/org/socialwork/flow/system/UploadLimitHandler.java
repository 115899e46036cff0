package org.socialwork.flow.system;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload beyond {@code spring.servlet.multipart.max-file-size} is refused before any controller runs, whichever
 * feature it was meant for (evidence files, process models); this answers it with 413 and a message naming the limit
 * (JSON for the API, a short text otherwise) instead of a bare error page. Files under that limit but over a
 * feature's own limit are refused by the feature with its own message.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

  private final MessageSource messages;
  private final long limitMb;

  UploadLimitHandler(MessageSource messages,
                     @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
    this.messages = messages;
    this.limitMb = limit.toMegabytes();
  }

  /** A multipart body that cannot be read (truncated, no boundary, broken headers): 400, never 500. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<?> malformed(HttpServletRequest request, Locale locale) {
    String message = messages.getMessage("upload.malformed", null, "The upload could not be read", locale);
    if (request.getRequestURI().startsWith("/api/")) {
      return ResponseEntity.badRequest().body(ApiExceptionHandler.body("malformed", message, null));
    }
    return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(message);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<?> tooLarge(HttpServletRequest request, Locale locale) {
    String message = messages.getMessage("upload.tooLarge", new Object[] {limitMb}, "too large", locale);
    if (request.getRequestURI().startsWith("/api/")) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(Map.of("error", "upload.tooLarge", "message", message));
    }
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(message);
  }
}
