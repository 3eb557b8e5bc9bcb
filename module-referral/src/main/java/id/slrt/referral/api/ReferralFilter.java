package id.slrt.referral.api;

/** The criteria of a referral list, as typed (checked by the service); null means any. */
public record ReferralFilter(
    String status, String serviceCode, String overdue, String nik, String needId) {
  public static ReferralFilter any() {
    return new ReferralFilter(null, null, null, null, null);
  }
}
