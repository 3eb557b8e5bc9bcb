package id.slrt.intake.domain.model.household;

import id.slrt.core.text.Input;
import java.util.Optional;

/** A member's relationship to the head of the family, as printed on the family card. */
public enum Relationship {
  KEPALA_KELUARGA,
  ISTRI,
  SUAMI,
  ANAK,
  MENANTU,
  CUCU,
  ORANG_TUA,
  MERTUA,
  FAMILI_LAIN,
  LAINNYA;

  public static Optional<Relationship> parse(String raw) {
    return Input.code(Relationship.class, raw);
  }
}
