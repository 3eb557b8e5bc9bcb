package id.slrt.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV for spreadsheets: every field quoted, quotes doubled, and wherever a
 * spreadsheet would start a formula ({@code = + - @}, tab, carriage return) at the start of a cell
 * or after a {@code ;} or {@code ,} inside it, an apostrophe first, so that an exported name can
 * never become a formula on the operator's machine.
 */
public final class CsvWriter {
  private final Writer out;
  private final char delimiter;

  public CsvWriter(Writer out) {
    this(out, ',');
  }

  /**
   * A writer separating fields with {@code delimiter}: a comma, or the semicolon that a spreadsheet
   * in an Indonesian locale splits on.
   */
  public CsvWriter(Writer out, char delimiter) {
    if (delimiter != ',' && delimiter != ';') {
      throw new IllegalArgumentException("not a delimiter: " + delimiter);
    }
    this.out = out;
    this.delimiter = delimiter;
  }

  public CsvWriter row(List<?> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(delimiter);
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
    String text = defuse(cell == null ? "" : cell.toString());
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * Puts an apostrophe before every place a spreadsheet could start a formula: the cell's start,
   * and after each {@code ;} or {@code ,} in it (with spaces between), since a spreadsheet set to
   * Indonesian splits a comma file on semicolons and may split a quoted cell there. Lines inside a
   * cell count as starts too.
   */
  static String defuse(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    boolean atStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (atStart && FORMULA.indexOf(c) >= 0) {
        out.append('\'');
        atStart = false;
      } else if (atStart && c == ' ') {
        out.append(c);
        continue;
      }
      out.append(c);
      atStart = c == ';' || c == ',' || c == '\n';
    }
    return out.toString();
  }

  private static final String FORMULA = "=+-@\t\r";
}
