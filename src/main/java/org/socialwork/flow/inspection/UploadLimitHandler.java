package org.socialwork.flow.inspection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload beyond {@code spring.servlet.multipart.max-file-size} is refused before any controller runs; this answers
 * it with 413 and a message saying so (JSON for the API, a short text otherwise) instead of a bare error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

  private final MessageSource messages;
  private final EvidenceUpload evidence;

  UploadLimitHandler(MessageSource messages, EvidenceUpload evidence) {
    this.messages = messages;
    this.evidence = evidence;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<?> tooLarge(HttpServletRequest request, Locale locale) {
    String message = messages.getMessage("evidence.error.tooLarge", new Object[] {evidence.maxBytes() / (1024 * 1024)},
        "too large", locale);
    if (request.getRequestURI().startsWith("/api/")) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(Map.of("error", "evidence.error.tooLarge", "message", message));
    }
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(new MediaType("text", "plain",
        java.nio.charset.StandardCharsets.UTF_8)).body(message);
  }
}
