package id.slrt.intake.domain.model.klik;

/** What the identity desk of a KLIK handles. */
public enum IdentityService {
  AKTA_KELAHIRAN,
  AKTA_KEMATIAN,
  AKTA_CERAI,
  KK,
  KTP_EL,
  KIA,
  /** Marriage legalisation at the religious court. */
  ISBAT_NIKAH,
  /** Activation of BPJS health insurance. */
  BPJS_AKTIVASI
}
