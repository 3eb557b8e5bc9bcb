package id.slrt.intake.domain.model.klik;

/** What came of a visit to the identity desk. */
public enum DeskResult {
  /** Served on the spot (Disdukcapil or the religious court at the desk). */
  DILAYANI_DI_TEMPAT,
  /** Referred to the office that can do it. */
  DIRUJUK,
  /** Documents are missing: the visitor brings them another time. */
  PERLU_DOKUMEN
}
