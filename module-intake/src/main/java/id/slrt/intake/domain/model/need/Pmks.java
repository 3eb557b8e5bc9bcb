package id.slrt.intake.domain.model.need;

import id.slrt.core.identity.Sex;
import id.slrt.core.text.Input;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The 26 PMKS categories of Permensos 08/2012 (Penyandang Masalah Kesejahteraan Sosial), with the
 * person constraints intake checks: the seven "anak" categories are for people under 18 (balita:
 * under 5), "lanjut usia" for 60 and over, "perempuan rawan sosial ekonomi" for women only.
 */
public enum Pmks {
  ANAK_BALITA_TERLANTAR(0, 5, null),
  ANAK_TERLANTAR(0, 18, null),
  ANAK_YANG_BERHADAPAN_DENGAN_HUKUM(0, 18, null),
  ANAK_JALANAN(0, 18, null),
  ANAK_DENGAN_KEDISABILITASAN(0, 18, null),
  ANAK_KORBAN_TINDAK_KEKERASAN_ATAU_DIPERLAKUKAN_SALAH(0, 18, null),
  ANAK_YANG_MEMERLUKAN_PERLINDUNGAN_KHUSUS(0, 18, null),
  LANJUT_USIA_TERLANTAR(60, null, null),
  PENYANDANG_DISABILITAS,
  TUNA_SUSILA,
  GELANDANGAN,
  PENGEMIS,
  PEMULUNG,
  KELOMPOK_MINORITAS,
  BEKAS_WARGA_BINAAN_LEMBAGA_PEMASYARAKATAN,
  ORANG_DENGAN_HIV_AIDS,
  KORBAN_PENYALAHGUNAAN_NAPZA,
  KORBAN_TRAFFICKING,
  KORBAN_TINDAK_KEKERASAN,
  PEKERJA_MIGRAN_BERMASALAH_SOSIAL,
  KORBAN_BENCANA_ALAM,
  KORBAN_BENCANA_SOSIAL,
  PEREMPUAN_RAWAN_SOSIAL_EKONOMI(null, null, Sex.F),
  FAKIR_MISKIN,
  KELUARGA_BERMASALAH_SOSIAL_PSIKOLOGIS,
  KOMUNITAS_ADAT_TERPENCIL;

  private final Integer minAge;
  private final Integer maxAgeExclusive;
  private final Sex onlySex;

  Pmks() {
    this(null, null, null);
  }

  Pmks(Integer minAge, Integer maxAgeExclusive, Sex onlySex) {
    this.minAge = minAge;
    this.maxAgeExclusive = maxAgeExclusive;
    this.onlySex = onlySex;
  }

  public static Optional<Pmks> parse(String raw) {
    return Input.code(Pmks.class, raw);
  }

  /** Whether the category marks its person as a victim of violence or trafficking. */
  public boolean revealsViolence() {
    return this == KORBAN_TINDAK_KEKERASAN
        || this == ANAK_KORBAN_TINDAK_KEKERASAN_ATAU_DIPERLAKUKAN_SALAH
        || this == KORBAN_TRAFFICKING;
  }

  /**
   * Why this category does not fit the person, as a message key, or empty when it fits.
   *
   * @param today the district's date
   */
  public Optional<String> misfit(Sex sex, LocalDate birthDate, LocalDate today) {
    int age = Period.between(birthDate, today).getYears();
    if (maxAgeExclusive != null && age >= maxAgeExclusive) {
      return Optional.of(maxAgeExclusive == 5 ? "pmks.underFive" : "pmks.child");
    }
    if (minAge != null && age < minAge) {
      return Optional.of("pmks.elderly");
    }
    if (onlySex != null && sex != onlySex) {
      return Optional.of("pmks.womenOnly");
    }
    return Optional.empty();
  }
}
