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
