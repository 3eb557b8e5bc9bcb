package id.slrt.intake.domain.model.need;

import id.slrt.core.text.Input;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a need or complaint stands until it is handled. The allowed moves, in one place:
 *
 * <pre>
 * TERCATAT  -> DIPROSES | SELESAI | DIBATALKAN
 * DIPROSES  -> SELESAI | DIBATALKAN
 * SELESAI, DIBATALKAN: final
 * </pre>
 */
public enum NeedStatus {
  /** Recorded at the front office, not yet acted on. */
  TERCATAT,
  /** Being handled: referred, or acted on by the Puskesos. */
  DIPROSES,
  /** Handled. */
  SELESAI,
  /** Withdrawn or recorded by mistake (the note says why). */
  DIBATALKAN;

  public Set<NeedStatus> next() {
    return switch (this) {
      case TERCATAT -> EnumSet.of(DIPROSES, SELESAI, DIBATALKAN);
      case DIPROSES -> EnumSet.of(SELESAI, DIBATALKAN);
      case SELESAI, DIBATALKAN -> EnumSet.noneOf(NeedStatus.class);
    };
  }

  public boolean canMoveTo(NeedStatus to) {
    return next().contains(to);
  }

  public boolean isOpen() {
    return this == TERCATAT || this == DIPROSES;
  }

  public static Optional<NeedStatus> parse(String raw) {
    return Input.code(NeedStatus.class, raw);
  }
}
