package id.slrt.pkh.domain.model.kpm;

/** Why the program ended a family's membership (pemberhentian), apart from graduation. */
public enum ExitReason {
  /** Repeated non-compliance, after the warnings (graduasi paksa). */
  TIDAK_MEMENUHI_KOMITMEN,
  PINDAH_DOMISILI,
  MENINGGAL,
  MENGUNDURKAN_DIRI,
  TIDAK_MEMENUHI_SYARAT,
  /** Any other: the note says which. */
  LAINNYA
}
