package id.slrt.referral.api;

/**
 * The criteria of a referral list, as typed (checked by the service); null means any.
 *
 * @param escalation PUSKESOS, KECAMATAN or KABUPATEN: open referrals raised to that level of the
 *     district's chain or higher
 */
public record ReferralFilter(
    String status,
    String serviceCode,
    String overdue,
    String nik,
    String needId,
    String escalation) {
  public static ReferralFilter any() {
    return new ReferralFilter(null, null, null, null, null, null);
  }
}
