package id.slrt.intake.domain.model.household;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a woman heads her family in fact, whatever the family card says (API.md's codes). The card
 * often still names her late or absent husband as its head.
 */
public enum FemaleHeadReason {
  /** Widowed (cerai mati). */
  CERAI_MATI,
  /** Divorced (cerai hidup). */
  CERAI_HIDUP,
  /** Left by her husband, without a divorce. */
  DITINGGAL,
  /** Her husband is ill or disabled and cannot provide. */
  SUAMI_SAKIT,
  /** Her husband works far away (merantau, migrant worker) and does not provide. */
  SUAMI_MERANTAU,
  /** Single and supporting her family. */
  LAJANG,
  /** Another reason, said in the family's notes. */
  LAINNYA;

  public static Optional<FemaleHeadReason> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(raw.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
