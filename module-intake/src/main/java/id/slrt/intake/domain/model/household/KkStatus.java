package id.slrt.intake.domain.model.household;

/** Whether a family has a family card (Kartu Keluarga) of its own yet. */
public enum KkStatus {
  /** The family's No. KK is recorded. */
  ADA,
  /** No family card of its own yet: a provisional number stands in for the No. KK. */
  BELUM_ADA;

  /** The prefix of provisional numbers: no real No. KK starts so (no province has code 00). */
  public static final String PROVISIONAL_PREFIX = "00";

  /** The provisional number for the n-th family registered without a family card. */
  public static String provisional(long n) {
    return PROVISIONAL_PREFIX + String.format("%014d", n);
  }
}
