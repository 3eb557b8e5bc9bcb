package id.slrt.intake.domain.model.klik;

/** Who holds a KLIK. */
public enum OrganizerType {
  PUSKESOS,
  DESA,
  SERIKAT_PEKKA,
  LAINNYA
}
