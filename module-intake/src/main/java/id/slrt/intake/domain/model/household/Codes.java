package id.slrt.intake.domain.model.household;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Parsing of the upper-snake-case codes the API and the screens use for this package's enums. */
final class Codes {
  private Codes() {}

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String wanted = raw.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
  }
}
