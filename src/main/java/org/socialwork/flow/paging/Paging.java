package org.socialwork.flow.paging;

import org.socialwork.flow.problem.InvalidParameterException;

/**
 * One page of a list as asked for: {@code page} from 0, {@code size} 1 to {@link #MAX_SIZE} (default
 * {@link #DEFAULT_SIZE}). Parsed from the request's text so that a wrong value is answered 400 naming the parameter.
 */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  public Paging {
    if (page < 0) {
      throw new InvalidParameterException("page", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidParameterException("size", "size must be between 1 and " + MAX_SIZE);
    }
  }

  /** From the request parameters (either may be absent or blank: first page, default size). */
  public static Paging of(String page, String size) {
    return new Paging(number("page", page, 0, Integer.MAX_VALUE / MAX_SIZE), number("size", size, DEFAULT_SIZE,
        MAX_SIZE));
  }

  public int offset() {
    return page * size;
  }

  /**
   * The filters a list page keeps in its pager links, as {@code &name=value} pairs (URL-encoded; absent and blank
   * values left out), plus {@code &size=} when the size is not the default.
   */
  public String keep(java.util.Map<String, ?> filters) {
    StringBuilder query = new StringBuilder();
    filters.forEach((name, value) -> {
      if (value != null && !value.toString().isBlank()) {
        query.append('&').append(name).append('=')
            .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    if (size != DEFAULT_SIZE) {
      query.append("&size=").append(size);
    }
    return query.toString();
  }

  private static int number(String name, String value, int fallback, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n > max) {
        throw new InvalidParameterException(name, name + " must be at most " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, name + " must be a whole number");
    }
  }
}
