package id.slrt.core.security;

/**
 * The roles of DOMAIN.md. A user has one or more. {@link Names} holds the same names as
 * compile-time constants for {@code @RolesAllowed}; a unit test keeps the two in step.
 */
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

  /**
   * The role names as constants, for annotations ({@code @RolesAllowed(Role.Names.KADER_KLIK)}).
   */
  public static final class Names {
    public static final String ADMIN_KABUPATEN = "ADMIN_KABUPATEN";
    public static final String PETUGAS_PUSKESOS = "PETUGAS_PUSKESOS";
    public static final String KADER_KLIK = "KADER_KLIK";
    public static final String MANAJER_KASUS_P2TP2A = "MANAJER_KASUS_P2TP2A";
    public static final String PENDAMPING_PKH = "PENDAMPING_PKH";
    public static final String KOORDINATOR_PKH = "KOORDINATOR_PKH";
    public static final String MITRA_DINAS = "MITRA_DINAS";
    public static final String PEMANTAU = "PEMANTAU";

    private Names() {}
  }
}
