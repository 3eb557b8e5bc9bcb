package id.slrt.intake.api;

/**
 * How a need follows its referrals (the referral module calls this from its outbox, as a system
 * user, after the referral's own transaction has committed). Both calls are safe to repeat: a need
 * already where the call would move it is left as it is.
 */
public interface NeedFollowUp {
  /** A referral was made for the need: a need just recorded (TERCATAT) is now DIPROSES. */
  void referred(long needId, String note);

  /**
   * Every referral of the need is closed: an open need becomes SELESAI with this outcome ({@code
   * DILAYANI} or {@code TIDAK_LAYAK}).
   */
  void referralsClosed(long needId, String outcome, String note);
}
