package id.slrt.core.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tidying what people and clients type, the same way everywhere. */
public final class Input {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Input() {}

  /** Trimmed; null when nothing but spaces was given. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String trimmed = raw.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** Trimmed, inner runs of white space made one space; null when nothing was given. */
  public static String cleanName(String raw) {
    String cleaned = clean(raw);
    return cleaned == null ? null : SPACES.matcher(cleaned).replaceAll(" ");
  }

  /** The constant named by an upper-snake-case code, case and surrounding spaces ignored. */
  public static <E extends Enum<E>> Optional<E> code(Class<E> type, String raw) {
    String wanted = clean(raw);
    if (wanted == null) {
      return Optional.empty();
    }
    String upper = wanted.toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(upper)).findFirst();
  }
}
