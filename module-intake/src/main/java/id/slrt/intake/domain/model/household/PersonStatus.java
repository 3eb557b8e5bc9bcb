package id.slrt.intake.domain.model.household;

import id.slrt.core.text.Input;
import java.util.Optional;

/**
 * Whether a person still lives in the household. Records are never deleted: a person who died or
 * moved away stays in the history with the date.
 */
public enum PersonStatus {
  AKTIF,
  MENINGGAL,
  PINDAH;

  public static Optional<PersonStatus> parse(String raw) {
    return Input.code(PersonStatus.class, raw);
  }
}
