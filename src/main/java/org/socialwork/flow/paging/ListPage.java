package org.socialwork.flow.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list with the total over all pages; JSON {@code {"items","total","page","size"}}. */
public record ListPage<T>(List<T> items, long total, int page, int size) {

  public static <T> ListPage<T> of(List<T> items, long total, Paging paging) {
    return new ListPage<>(items, total, paging.page(), paging.size());
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  /** The number of the last page (0 when the list is empty). */
  public int lastPage() {
    return total == 0 ? 0 : (int) ((total - 1) / size);
  }

  public <R> ListPage<R> map(Function<T, R> f) {
    return new ListPage<>(items.stream().map(f).toList(), total, page, size);
  }
}
