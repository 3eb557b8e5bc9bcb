package id.slrt.core.organisation;

/** What an agency does for the families SLRT serves. */
public enum ProviderCategory {
  DINAS_SOSIAL,
  DISDUKCAPIL,
  KESEHATAN,
  BPJS_KESEHATAN,
  PENDIDIKAN,
  PENGADILAN_AGAMA,
  KEMENAG,
  ZAKAT,
  BANTUAN_HUKUM,
  PERLINDUNGAN_PEREMPUAN_ANAK,
  DISABILITAS,
  ORGANISASI_PEREMPUAN,
  PERUMAHAN,
  KETENAGAKERJAAN,
  LAINNYA;

  /**
   * Whether an agency of this category (by its name, as stored) serves survivors of violence
   * (P2TP2A, UPTD PPA): its services stay out of the open catalogue, and no open list may show that
   * someone was referred there.
   */
  public static boolean servesViolenceCases(String category) {
    return PERLINDUNGAN_PEREMPUAN_ANAK.name().equals(category);
  }
}
