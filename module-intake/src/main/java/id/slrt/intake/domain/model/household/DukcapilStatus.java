package id.slrt.intake.domain.model.household;

/**
 * How far the civil registry (Dukcapil) backs a person's identity. Only Dukcapil can confirm a
 * person; the NIK's structure is all that can be checked here. A person without documents is
 * registered and served all the same, as {@link #BELUM_PADAN}.
 */
public enum DukcapilStatus {
  /** No NIK yet (no documents): not yet matched with Dukcapil. */
  BELUM_PADAN,
  /** A well-formed NIK is recorded, not yet confirmed by Dukcapil. */
  NIK_TERCATAT,
  /** Confirmed by Disdukcapil. */
  PADAN
}
