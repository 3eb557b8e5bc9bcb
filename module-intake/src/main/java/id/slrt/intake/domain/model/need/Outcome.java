package id.slrt.intake.domain.model.need;

/** How a need or complaint was closed. */
public enum Outcome {
  /** Served: the person got what was asked, or the complaint was resolved. */
  DILAYANI,
  /** Not eligible: the person does not meet the program's conditions. */
  TIDAK_LAYAK,
  /** Referred: handed to the program or agency that can act (a referral follows it). */
  DIRUJUK
}
