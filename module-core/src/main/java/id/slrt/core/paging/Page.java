package id.slrt.core.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results and the total count: {@code {"items": [...], "page", "size", "total"}}. A
 * list that only counts up to a limit (the family search) says so with {@code "totalExact": false}:
 * then there are more than {@code total} items. The flag is absent when the total is exact.
 */
public record Page<T>(List<T> items, int page, int size, long total, Boolean totalExact) {

  public Page {
    items = List.copyOf(items);
    totalExact = Boolean.FALSE.equals(totalExact) ? Boolean.FALSE : null;
  }

  public Page(List<T> items, int page, int size, long total) {
    this(items, page, size, total, null);
  }

  /** A page of a list that has more than {@code counted} items. */
  public static <T> Page<T> atLeast(List<T> items, int page, int size, long counted) {
    return new Page<>(items, page, size, counted, Boolean.FALSE);
  }

  /** Whether {@link #total} is the exact size of the list (else: more than it). */
  public boolean exact() {
    return totalExact == null;
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
  }
}
