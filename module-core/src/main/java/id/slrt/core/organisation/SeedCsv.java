package id.slrt.core.organisation;

import id.slrt.core.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A seed file of {@code config/seed}: semicolon-separated UTF-8 with a header row, read as one map
 * per row from column name to its stripped value. Shared by every module's seed.
 */
public final class SeedCsv {
  private SeedCsv() {}

  /** The rows of the file; none when the file does not exist (a district without its own). */
  public static List<Map<String, String>> read(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    if (!Files.exists(file)) {
      return rows;
    }
    try (InputStream in = Files.newInputStream(file);
        CsvReader csv = new CsvReader(in, ';', 2000, 20)) {
      List<String> header = csv.next();
      List<String> row;
      while ((row = csv.next()) != null) {
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < header.size() && i < row.size(); i++) {
          map.put(header.get(i).strip(), row.get(i).strip());
        }
        rows.add(map);
      }
    }
    return rows;
  }

  /** The column's value; a row without it is a mistake in the seed file. */
  public static String required(Map<String, String> r, String column) {
    String v = blank(r.get(column));
    if (v == null) {
      throw new IllegalArgumentException("Seed row without " + column + ": " + r);
    }
    return v;
  }

  /** Null for an empty cell. */
  public static String blank(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** A whole number, or null for an empty cell. */
  public static Integer integer(Map<String, String> r, String column) {
    String v = blank(r.get(column));
    try {
      return v == null ? null : Integer.valueOf(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Seed column " + column + " is not a number: " + r, e);
    }
  }

  /** A date {@code YYYY-MM-DD}, or null for an empty cell. */
  public static Date date(String v) {
    String d = blank(v);
    return d == null ? null : Date.valueOf(LocalDate.parse(d));
  }
}
