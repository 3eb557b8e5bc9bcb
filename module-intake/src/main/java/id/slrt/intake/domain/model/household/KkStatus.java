package id.slrt.intake.domain.model.household;

/** Whether a family has a family card (Kartu Keluarga) of its own yet. */
public enum KkStatus {
  /** The family's No. KK is recorded. */
  ADA,
  /**
   * No family card of its own yet: a provisional number ({@link
   * id.slrt.core.identity.NomorKk#provisional}) stands in for the No. KK.
   */
  BELUM_ADA
}
