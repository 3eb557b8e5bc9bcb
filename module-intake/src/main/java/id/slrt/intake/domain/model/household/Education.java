package id.slrt.intake.domain.model.household;

import id.slrt.core.text.Input;
import java.util.Optional;

/** Highest education completed, in the categories of the family card (Kartu Keluarga). */
public enum Education {
  TIDAK_BELUM_SEKOLAH,
  BELUM_TAMAT_SD,
  SD,
  SMP,
  SMA,
  DIPLOMA_I_II,
  DIPLOMA_III,
  DIPLOMA_IV_S1,
  S2,
  S3;

  public static Optional<Education> parse(String raw) {
    return Input.code(Education.class, raw);
  }
}
