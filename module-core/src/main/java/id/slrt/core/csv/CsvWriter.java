package id.slrt.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV for spreadsheets: every field quoted, quotes doubled, and a cell that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, carriage return) prefixed with an
 * apostrophe, so that an exported name can never become a formula on the operator's machine.
 */
public final class CsvWriter {
  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  public CsvWriter row(List<?> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(cells.get(i)));
      }
      out.write("\r\n");
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One cell, quoted and defused. */
  public static String quote(Object cell) {
    String text = cell == null ? "" : cell.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
