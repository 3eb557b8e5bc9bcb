package id.slrt.core.csv;

import id.slrt.core.error.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What every CSV import (DTKS/DTSEN, the KPM list) does alike with its rows: a row kept as one line
 * of CSV, read back into its fields; the refused rows written out to fix and upload again; why an
 * import stopped, in the reader's language.
 */
public final class ImportFiles {
  private static final int REJECTS_PER_READ = 1000;

  private ImportFiles() {}

  /** A refused row as stored: its line, the row as CSV, its reasons as {@link RejectReasons}. */
  public record Rejected(long line, String raw, String reasons) {}

  /** The refused rows of an import after a line, at most {@code max}, each read on its own. */
  @FunctionalInterface
  public interface RejectedRows {
    List<Rejected> after(long line, int max);
  }

  /** A row as one line of CSV, without its line break. */
  public static String line(List<String> fields) {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row(fields);
    String line = out.toString();
    return line.substring(0, line.length() - 2);
  }

  /** The fields of a row kept by {@link #line}. */
  public static List<String> fields(String csvLine, int maxFieldChars, int maxFields) {
    try (CsvReader reader =
        new CsvReader(
            new ByteArrayInputStream(csvLine.getBytes(StandardCharsets.UTF_8)),
            maxFieldChars,
            maxFields)) {
      List<String> fields = reader.next();
      return fields == null ? List.of() : fields;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the refused rows as CSV with the template's separator, so that the file opens in a
   * spreadsheet: the file's columns, then {@code baris} (the line) and {@code alasan} (the
   * reasons). Fixed and uploaded again, it imports like the original.
   */
  public static void writeRejects(
      Writer out,
      List<String> header,
      RejectedRows rows,
      Locale locale,
      int maxFieldChars,
      int maxFields)
      throws IOException {
    List<String> columns = new ArrayList<>(header);
    columns.add("baris");
    columns.add("alasan");
    CsvWriter csv = new CsvWriter(out, ';').row(columns);
    long after = 0;
    while (true) {
      List<Rejected> page = rows.after(after, REJECTS_PER_READ);
      for (Rejected r : page) {
        List<Object> cells = new ArrayList<>(fields(r.raw(), maxFieldChars, maxFields));
        while (cells.size() < header.size()) {
          cells.add("");
        }
        cells.add(r.line());
        cells.add(
            RejectReasons.read(r.reasons()).stream()
                .map(e -> e.field() + ": " + e.message(locale))
                .collect(Collectors.joining("; ")));
        csv.row(cells);
        after = r.line();
      }
      if (page.size() < REJECTS_PER_READ) {
        break;
      }
    }
    out.flush();
  }

  /**
   * Why an import stopped: the message of {@code key} with its one argument (or none), after the
   * line of the file to blame (or none).
   */
  public static String failure(Locale locale, String key, String argument, Long line) {
    String message =
        argument != null ? Messages.get(locale, key, argument) : Messages.get(locale, key);
    return line != null ? Messages.get(locale, "csv.line", line) + " " + message : message;
  }
}
