package org.socialwork.flow.system;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors no controller answered (a filter, an unknown path, a body the servlet could not read) in the same shape as
 * the API's ({@code {"error": code, "message": text}}), plus {@code status} for the error page; never the
 * exception, its class name, its message or a trace.
 */
@Component
class ErrorShape extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> spring = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    // 999: no error was forwarded (someone asked for /error itself), which ErrorPages answers 404
    int status = spring.get("status") instanceof Integer s ? (s == 999 ? 404 : s) : 500;
    HttpStatus known = HttpStatus.resolve(status);
    String code = known == null ? "error" : status >= 500 ? "internal"
        : known.name().toLowerCase(java.util.Locale.ROOT);
    String message = known == null ? "Error" : status >= 500 ? "The request failed and nothing was stored"
        : known.getReasonPhrase();
    Map<String, Object> body = ApiExceptionHandler.body(code, message, null);
    body.put("status", status);
    return body;
  }
}
