package id.slrt.intake.domain.model.klik;

import id.slrt.core.text.Input;
import java.util.List;
import java.util.Optional;

/**
 * A desk of a KLIK clinic. The training simulation's four are the default; other KLIK add health,
 * education, population documents and family law desks. Desks are chosen per event.
 */
public enum Desk {
  PENDAFTARAN,
  PERLINDUNGAN_SOSIAL,
  IDENTITAS_HUKUM,
  PENGADUAN_KEKERASAN,
  KESEHATAN,
  PENDIDIKAN,
  DOKUMEN_KEPENDUDUKAN,
  HUKUM_KELUARGA;

  public static final List<Desk> DEFAULTS =
      List.of(PENDAFTARAN, PERLINDUNGAN_SOSIAL, IDENTITAS_HUKUM, PENGADUAN_KEKERASAN);

  /** Complaints of violence: what is said there is seen by P2TP2A case managers only. */
  public boolean isSealed() {
    return this == PENGADUAN_KEKERASAN;
  }

  /** The desks where civil documents are dealt with (what, and whether served on the spot). */
  public boolean handlesIdentity() {
    return this == IDENTITAS_HUKUM || this == DOKUMEN_KEPENDUDUKAN;
  }

  public static Optional<Desk> parse(String raw) {
    return Input.code(Desk.class, raw);
  }
}
