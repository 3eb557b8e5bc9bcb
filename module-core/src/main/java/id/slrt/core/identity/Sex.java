package id.slrt.core.identity;

/** Sex as recorded in the civil registry: {@code M} (laki-laki) or {@code F} (perempuan). */
public enum Sex {
  M,
  F;

  /** Parses {@code "M"} or {@code "F"} (any case); anything else is refused. */
  public static Sex parse(String raw) {
    if (raw != null) {
      switch (raw.trim().toUpperCase(java.util.Locale.ROOT)) {
        case "M":
          return M;
        case "F":
          return F;
        default:
          break;
      }
    }
    throw new InvalidIdentifierException("sex.invalid", raw);
  }
}
