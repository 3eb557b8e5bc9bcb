package id.slrt.core.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time, so that a file of any length is read in constant memory.
 * Strict about what a hostile or broken file could do: the bytes must be UTF-8 (a byte-order mark
 * is skipped), a field may hold at most {@code maxFieldChars} characters and a record at most
 * {@code maxFields} fields, quotes must be closed. Any of these stops the read with a {@link
 * CsvFormatException} naming the line: a file that is not what it claims to be is refused as a
 * whole, not half read.
 */
public final class CsvReader implements AutoCloseable {
  private final InputStream in;
  private int pendingLowSurrogate = -1;
  private final int maxFieldChars;
  private final int maxFields;
  private final char delimiter;
  private long line = 1;
  private long recordLine;
  private int pushedBack = -2;
  private boolean started;

  public CsvReader(InputStream bytes, int maxFieldChars, int maxFields) {
    this(bytes, ',', maxFieldChars, maxFields);
  }

  /**
   * A reader for fields separated by {@code delimiter}: a comma, or the semicolon that spreadsheets
   * set to Indonesian write.
   */
  public CsvReader(InputStream bytes, char delimiter, int maxFieldChars, int maxFields) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("not a delimiter: " + delimiter);
    }
    this.in = new java.io.BufferedInputStream(bytes, 64 * 1024);
    this.delimiter = delimiter;
    this.maxFieldChars = maxFieldChars;
    this.maxFields = maxFields;
  }

  /**
   * The delimiter of a file whose first line is a header: a semicolon when the first line (outside
   * quotes) has more semicolons than commas, else a comma. Reads at most the first 64 KiB.
   */
  public static char delimiterOf(java.nio.file.Path file) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] head = in.readNBytes(64 * 1024);
      int commas = 0;
      int semicolons = 0;
      boolean quoted = false;
      for (byte b : head) {
        if (b == '"') {
          quoted = !quoted;
        } else if (!quoted && (b == '\n' || b == '\r')) {
          break;
        } else if (!quoted && b == ',') {
          commas++;
        } else if (!quoted && b == ';') {
          semicolons++;
        }
      }
      return semicolons > commas ? ';' : ',';
    }
  }

  /** The line the last record returned by {@link #next()} started on (1 for the first). */
  public long recordLine() {
    return recordLine;
  }

  /**
   * The next record, or null at the end of the file. Blank lines are skipped.
   *
   * @throws CsvFormatException when the file is not well-formed UTF-8 CSV within the limits
   */
  public List<String> next() throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        return null;
      }
      if (c == '\r' || c == '\n') {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        line++;
        continue;
      }
      unread(c);
      recordLine = line;
      return record();
    }
  }

  private List<String> record() throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      int c = read();
      if (quoted) {
        if (c == -1) {
          throw new CsvFormatException(recordLine, "csv.unclosedQuote");
        }
        if (c == '"') {
          int n = read();
          if (n == '"') {
            append(field, '"');
          } else {
            quoted = false;
            unread(n);
          }
        } else {
          if (c == '\n') {
            line++;
          }
          append(field, (char) c);
        }
        continue;
      }
      if (c == '"') {
        if (field.length() > 0 || wasQuoted) {
          throw new CsvFormatException(line, "csv.strayQuote");
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == delimiter) {
        add(fields, field);
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        if (c != -1) {
          line++;
        }
        add(fields, field);
        return fields;
      } else {
        if (wasQuoted) {
          throw new CsvFormatException(line, "csv.strayQuote");
        }
        append(field, (char) c);
      }
    }
  }

  private void add(List<String> fields, StringBuilder field) {
    if (fields.size() >= maxFields) {
      throw new CsvFormatException(recordLine, "csv.tooManyFields", maxFields);
    }
    fields.add(field.toString());
  }

  private void append(StringBuilder field, char c) {
    if (field.length() >= maxFieldChars) {
      throw new CsvFormatException(recordLine, "csv.fieldTooLong", maxFieldChars);
    }
    if (c == 0) {
      throw new CsvFormatException(line, "csv.nul");
    }
    field.append(c);
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    int c = decode();
    if (!started) {
      started = true;
      if (c == '\ufeff') {
        return decode();
      }
    }
    return c;
  }

  /**
   * The next UTF-16 char of the UTF-8 input, decoded here rather than by a buffered decoder so that
   * a bad byte is reported on its own line. Refuses overlong forms, surrogates and values beyond
   * U+10FFFF, as the UTF-8 standard requires.
   */
  private int decode() throws IOException {
    if (pendingLowSurrogate >= 0) {
      int low = pendingLowSurrogate;
      pendingLowSurrogate = -1;
      return low;
    }
    int b = in.read();
    if (b < 0x80) {
      return b; // ASCII, or -1 at the end
    }
    int more;
    int cp;
    int min;
    if ((b & 0xE0) == 0xC0) {
      more = 1;
      cp = b & 0x1F;
      min = 0x80;
    } else if ((b & 0xF0) == 0xE0) {
      more = 2;
      cp = b & 0x0F;
      min = 0x800;
    } else if ((b & 0xF8) == 0xF0) {
      more = 3;
      cp = b & 0x07;
      min = 0x10000;
    } else {
      throw new CsvFormatException(line, "csv.notUtf8");
    }
    for (int i = 0; i < more; i++) {
      int next = in.read();
      if (next < 0 || (next & 0xC0) != 0x80) {
        throw new CsvFormatException(line, "csv.notUtf8");
      }
      cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      throw new CsvFormatException(line, "csv.notUtf8");
    }
    if (cp >= 0x10000) {
      pendingLowSurrogate = Character.lowSurrogate(cp);
      return Character.highSurrogate(cp);
    }
    return cp;
  }

  private void unread(int c) {
    pushedBack = c;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
