package id.slrt.core.security;

/** The roles of DOMAIN.md. A user has exactly one. */
public enum Role {
  ADMIN_KABUPATEN,
  PETUGAS_PUSKESOS,
  KADER_KLIK,
  MANAJER_KASUS_P2TP2A,
  PENDAMPING_PKH,
  KOORDINATOR_PKH,
  MITRA_DINAS,
  PEMANTAU;

  /** True for roles bound to one district; a PEMANTAU watches the whole country. */
  public boolean isTenantBound() {
    return this != PEMANTAU;
  }
}
