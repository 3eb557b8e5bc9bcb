package id.slrt.core.organisation;

/** What a unit of the district's SLRT is. */
public enum UnitKind {
  /** The district's SLRT secretariat at Dinas Sosial. */
  SEKRETARIAT,
  /** A Pusat Kesejahteraan Sosial of a desa or kelurahan. */
  PUSKESOS,
  /** Kecamatan supervision (TKSK, supervisor). */
  KECAMATAN
}
