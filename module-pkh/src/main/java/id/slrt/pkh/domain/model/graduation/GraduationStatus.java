package id.slrt.pkh.domain.model.graduation;

/** A graduation proposal: proposed, then approved or refused by a PKH coordinator. */
public enum GraduationStatus {
  DIUSULKAN,
  DISETUJUI,
  DITOLAK
}
