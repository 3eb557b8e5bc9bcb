package db.migration.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads Indonesia's region codes (38 provinces, 514 regencies, 7,285 kecamatan, 83,762 villages)
 * from idn-area-data 4.0.1 (ODbL 1.0; see id/slrt/core/region/NOTICE.md) into {@code region}.
 */
public class V2__Load_regions extends BaseJavaMigration {
  static final String SOURCE = "idn-area-data 4.0.1";
  private static final String BASE = "id/slrt/core/region/";
  private static final int BATCH = 2000;

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO region (code, parent_code, level, name, source) VALUES (?,?,?,?,?)")) {
      load(ps, "provinces.csv", "PROVINCE", false);
      load(ps, "regencies.csv", "REGENCY", true);
      load(ps, "districts.csv", "DISTRICT", true);
      load(ps, "villages.csv", "VILLAGE", true);
    }
  }

  private void load(PreparedStatement ps, String file, String level, boolean hasParent)
      throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IOException("Region file missing from the build: " + BASE + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header
      String line;
      int pending = 0;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = split(line, hasParent ? 3 : 2);
        ps.setString(1, f[0]);
        ps.setString(2, hasParent ? f[1] : null);
        ps.setString(3, level);
        ps.setString(4, hasParent ? f[2] : f[1]);
        ps.setString(5, SOURCE);
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a CSV line of simple fields; the last field may be quoted and hold commas. */
  static String[] split(String line, int fields) {
    String[] out = new String[fields];
    int start = 0;
    for (int i = 0; i < fields - 1; i++) {
      int comma = line.indexOf(',', start);
      out[i] = line.substring(start, comma);
      start = comma + 1;
    }
    String last = line.substring(start);
    if (last.length() >= 2 && last.startsWith("\"") && last.endsWith("\"")) {
      last = last.substring(1, last.length() - 1).replace("\"\"", "\"");
    }
    out[fields - 1] = last;
    return out;
  }
}
