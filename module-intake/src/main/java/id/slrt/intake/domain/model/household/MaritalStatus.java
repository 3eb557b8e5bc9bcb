package id.slrt.intake.domain.model.household;

import id.slrt.core.text.Input;
import java.util.Optional;

/** Marital status as the family card records it. */
public enum MaritalStatus {
  BELUM_KAWIN,
  KAWIN,
  CERAI_HIDUP,
  CERAI_MATI;

  public static Optional<MaritalStatus> parse(String raw) {
    return Input.code(MaritalStatus.class, raw);
  }
}
