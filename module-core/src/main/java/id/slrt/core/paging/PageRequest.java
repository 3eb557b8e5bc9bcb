package id.slrt.core.paging;

import id.slrt.core.error.FieldErrors;

/** A page of a list, as asked for with {@code ?page=0&size=50}. */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /**
   * Reads the query parameters as the client sent them: absent values take their defaults; what is
   * not a whole number is refused by field (400), never taken for a missing resource.
   */
  public static PageRequest of(String page, String size) {
    FieldErrors errors = new FieldErrors();
    Integer p = number("page", page, errors);
    Integer s = number("size", size, errors);
    errors.throwIfAny();
    return of(p, s);
  }

  private static Integer number(String field, String raw, FieldErrors errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String v = raw.strip();
    if (!v.matches("-?[0-9]{1,9}")) {
      errors.add(field, "page.notANumber", v.length() > 20 ? v.substring(0, 20) + "..." : v);
      return null;
    }
    return Integer.valueOf(v);
  }

  /** Reads the query parameters; absent values take their defaults, bad ones are refused. */
  public static PageRequest of(Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    FieldErrors errors = new FieldErrors();
    if (p < 0) {
      errors.add("page", "page.negative");
    }
    if (s < 1 || s > MAX_SIZE) {
      errors.add("size", "page.size", MAX_SIZE);
    }
    errors.throwIfAny();
    return new PageRequest(p, s);
  }

  /**
   * The first row of the page. A page far past any list's end (page 5,000,000 of 500) would
   * overflow; it is held at a very large offset, which gives the empty page such a request
   * deserves.
   */
  public int offset() {
    // EclipseLink adds the page size to the offset in an int: leave room for it
    return (int) Math.min((long) page * size, Integer.MAX_VALUE - MAX_SIZE);
  }
}
