package id.slrt.pkh.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Imports a district's existing KPM list from CSV (format in the README, "KPM import"): one row per
 * KPM, each enrolled as the enrolment screen would, in the uploader's PKH scope. A family intake
 * does not know yet is registered from the row, not dropped. Importing the same file again changes
 * nothing. The admin sees every import; a coordinator their own.
 */
public interface KpmImportService {
  /** The largest file taken: a district's whole KPM list fits many times over. */
  long MAX_BYTES = 64L * 1024 * 1024;

  /** The columns of the format, in the template's order. */
  List<String> columns();

  /** The columns a file must have. */
  List<String> requiredColumns();

  /**
   * Takes the file (read to the end here) and queues its import.
   *
   * @throws id.slrt.core.error.ValidationException when the file is empty or too large
   */
  KpmImportDetails start(String fileName, InputStream csv, Locale locale) throws IOException;

  KpmImportDetails get(long id, Locale locale);

  Page<KpmImportDetails> list(PageRequest page, Locale locale);

  Page<KpmRejectedRow> rejects(long id, PageRequest page, Locale locale);

  /**
   * Writes the refused rows as CSV: the file's columns, then {@code baris} (the line) and {@code
   * alasan} (the reasons). Fixed and uploaded again, it imports like the original.
   */
  void writeRejects(long id, Writer out, Locale locale) throws IOException;
}
