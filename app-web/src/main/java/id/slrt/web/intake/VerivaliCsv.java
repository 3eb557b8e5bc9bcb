package id.slrt.web.intake;

import id.slrt.core.csv.CsvWriter;
import id.slrt.intake.api.ProposalDetails;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Verivali proposals as the CSV the SIKS-NG operator types from, for the API and the screen alike:
 * UTF-8 with BOM (so that spreadsheets read the names right), cells a spreadsheet would run as
 * formulas defused.
 */
public final class VerivaliCsv {
  /** The columns, in the order the SIKS-NG operator types them. */
  public static final List<String> COLUMNS =
      List.of(
          "jenis_usulan",
          "no_kk",
          "nik_kepala_keluarga",
          "nama_kepala_keluarga",
          "kode_desa",
          "nama_desa",
          "kecamatan",
          "rt",
          "rw",
          "alamat",
          "alasan",
          "tanggal_musdes",
          "catatan",
          "status",
          "diusulkan_oleh",
          "tanggal_usulan");

  private VerivaliCsv() {}

  public static void write(List<ProposalDetails> proposals, Writer out) throws IOException {
    out.write('\ufeff');
    CsvWriter csv = new CsvWriter(out).row(COLUMNS);
    for (ProposalDetails p : proposals) {
      csv.row(
          Arrays.asList(
              p.type(),
              p.kk(),
              p.headNik(),
              p.headName(),
              p.address().villageCode(),
              p.address().villageName(),
              p.address().districtName(),
              p.address().rt(),
              p.address().rw(),
              p.address().street(),
              p.reason(),
              p.musdesDate(),
              p.notes(),
              p.status(),
              p.proposedBy(),
              p.proposedAt()));
    }
    out.flush();
  }
}
