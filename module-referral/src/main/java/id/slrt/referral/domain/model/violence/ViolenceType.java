package id.slrt.referral.domain.model.violence;

/** The forms of violence API.md names, as Simfoni PPA records them. */
public enum ViolenceType {
  FISIK,
  PSIKIS,
  SEKSUAL,
  PENELANTARAN,
  TRAFFICKING,
  EKSPLOITASI
}
