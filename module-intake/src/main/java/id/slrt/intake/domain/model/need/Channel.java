package id.slrt.intake.domain.model.need;

/** How a need or complaint reached the Puskesos. */
public enum Channel {
  /** Walked in to the office. */
  DATANG,
  /** At a KLIK outreach clinic. */
  KLIK,
  /** On a home visit. */
  KUNJUNGAN,
  TELEPON,
  WHATSAPP
}
