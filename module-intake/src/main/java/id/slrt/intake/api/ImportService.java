package id.slrt.intake.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * DTKS/DTSEN bulk import: a CSV file (format in the README) is uploaded, checked as a whole, then
 * imported in chunks in the background. Importing the same file again changes nothing: households
 * are matched by No. KK and people by NIK.
 */
public interface ImportService {
  /** The columns of the format, in the order of the template (README, "DTKS/DTSEN import"). */
  List<String> COLUMNS =
      List.of(
          "no_kk",
          "kode_desa",
          "rt",
          "rw",
          "alamat",
          "pekka",
          "nik",
          "nama",
          "jenis_kelamin",
          "tanggal_lahir",
          "hubungan",
          "pendidikan",
          "pekerjaan",
          "disabilitas",
          "status_kawin",
          "basis_data",
          "terdaftar",
          "desil",
          "tanggal_data",
          "sumber",
          "alasan_pkk",
          "anggota_pekka");

  /** The columns a file must have; the others may be left out. */
  List<String> REQUIRED_COLUMNS =
      List.of("no_kk", "kode_desa", "nik", "nama", "jenis_kelamin", "tanggal_lahir", "hubungan");

  /** The largest file accepted: a district's whole DTKS fits several times over. */
  long MAX_BYTES = 1024L * 1024 * 1024;

  /**
   * Takes the file (read to the end here, so the caller may close it after) and queues its import.
   *
   * @throws id.slrt.core.error.ValidationException when the file is empty or larger than {@link
   *     #MAX_BYTES}
   */
  ImportDetails start(String fileName, InputStream csv, Locale locale) throws IOException;

  ImportDetails get(long id, Locale locale);

  Page<ImportDetails> list(PageRequest page, Locale locale);

  Page<RejectedRow> rejects(long id, PageRequest page, Locale locale);

  /**
   * Writes the refused rows as CSV: the file's own columns, then {@code baris} (the line) and
   * {@code alasan} (the reasons). Fixed and uploaded again, it imports like the original.
   */
  void writeRejects(long id, Writer out, Locale locale) throws IOException;
}
