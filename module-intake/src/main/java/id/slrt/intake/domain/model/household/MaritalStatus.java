package id.slrt.intake.domain.model.household;

import java.util.Optional;

/** Marital status as the family card records it. */
public enum MaritalStatus {
  BELUM_KAWIN,
  KAWIN,
  CERAI_HIDUP,
  CERAI_MATI;

  public static Optional<MaritalStatus> parse(String raw) {
    return Codes.parse(MaritalStatus.class, raw);
  }
}
