package id.slrt.launcher;

import id.slrt.intake.domain.model.household.NameKey;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The import's limit for {@code ./slrt bench import}: what the database alone does with the same
 * file, MariaDB's {@code LOAD DATA LOCAL INFILE} into a staging table followed by a set-based merge
 * (upserts by No. KK and NIK, one welfare snapshot per family) into copies of the household,
 * person, welfare and name index tables in a schema of its own. Run twice, as the import is: the
 * second run finds everything present.
 *
 * <p>The name index (the {@code person_name_token} rows that name search reads, three per person in
 * the benchmark's file) is written too, since the import must write it for the rows to be found:
 * the names' keys and tokens are worked out before the clock starts ({@link NameKey}, as the server
 * does) and loaded with the rows. The copies have no foreign keys, and the merge does no row-by-row
 * checks, messages or audit, so it is a fair upper bound, not a rival design.
 */
final class BenchImportLimit {
  private BenchImportLimit() {}

  /** Prints and returns the seconds of each of the two runs. */
  static double[] run(String url, String user, String password, String tenantSchema, Path file)
      throws Exception {
    String schema = "slrt_bench_limit";
    try (Connection c =
            DriverManager.getConnection(url + "&allowLoadLocalInfile=true", user, password);
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + schema);
      st.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      for (String table : new String[] {"household", "person", "welfare_status"}) {
        st.execute("CREATE TABLE " + schema + "." + table + " LIKE " + tenantSchema + "." + table);
        // the server takes ids in blocks (id_block); a set-based merge numbers its rows itself
        st.execute(
            "ALTER TABLE " + schema + "." + table + " MODIFY id BIGINT NOT NULL AUTO_INCREMENT");
      }
      st.execute(
          "CREATE TABLE "
              + schema
              + ".person_name_token LIKE "
              + tenantSchema
              + ".person_name_token");
      Path names = Files.createTempFile("slrt-bench-names", ".tsv");
      Path tokens = Files.createTempFile("slrt-bench-tokens", ".tsv");
      try {
        nameKeys(file, names, tokens);
        return runs(c, st, schema, file, names, tokens);
      } finally {
        Files.deleteIfExists(names);
        Files.deleteIfExists(tokens);
      }
    }
  }

  /**
   * Each person's name key and name index tokens, by NIK (every person of the benchmark's file has
   * one): what the server works out in Java, done here before the clock starts.
   */
  private static void nameKeys(Path file, Path names, Path tokens) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        BufferedWriter keys = Files.newBufferedWriter(names, StandardCharsets.UTF_8);
        BufferedWriter rows = Files.newBufferedWriter(tokens, StandardCharsets.US_ASCII)) {
      in.readLine(); // the header
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(",", -1);
        String nik = f[6];
        String key = NameKey.of(f[7]);
        keys.write(nik + "\t" + key + "\n");
        for (String token : NameKey.searchTokens(key)) {
          rows.write(nik + "\t" + token + "\n");
        }
      }
    }
  }

  /** A staging table made anew and filled from a file by {@code LOAD DATA LOCAL INFILE}. */
  private static void stage(Statement st, String table, String columns, Path file, String format)
      throws SQLException {
    st.execute("DROP TABLE IF EXISTS " + table);
    st.execute("CREATE TABLE " + table + " (" + columns + ") ENGINE = InnoDB");
    st.execute(
        "LOAD DATA LOCAL INFILE '"
            + file.toAbsolutePath().toString().replace("'", "''")
            + "' INTO TABLE "
            + table
            + " CHARACTER SET "
            + format);
  }

  private static double[] runs(
      Connection c, Statement st, String schema, Path file, Path names, Path tokens)
      throws SQLException {
    double[] seconds = new double[2];
    for (int run = 0; run < 2; run++) {
      long t0 = System.nanoTime();
      stage(
          st,
          schema + ".staging",
          "no_kk CHAR(16), kode_desa VARCHAR(13), rt VARCHAR(3), rw VARCHAR(3),"
              + " alamat VARCHAR(200), pekka CHAR(1), nik CHAR(16), nama VARCHAR(100),"
              + " jenis_kelamin CHAR(1), tanggal_lahir DATE, hubungan VARCHAR(20),"
              + " pendidikan VARCHAR(20), pekerjaan VARCHAR(100), disabilitas VARCHAR(20),"
              + " status_kawin VARCHAR(15), basis_data VARCHAR(10), terdaftar CHAR(1),"
              + " desil VARCHAR(2), tanggal_data DATE, sumber VARCHAR(100)",
          file,
          "utf8mb4 FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' IGNORE 1 LINES");
      stage(
          st,
          schema + ".staging_name",
          "nik CHAR(16) PRIMARY KEY, name_key VARCHAR(200)",
          names,
          "utf8mb4");
      stage(
          st,
          schema + ".staging_token",
          "nik CHAR(16), token VARCHAR(201) CHARACTER SET ascii COLLATE ascii_bin",
          tokens,
          "ascii");
      long loaded = System.nanoTime();
      c.setAutoCommit(false);
      st.executeUpdate(
          "INSERT INTO "
              + schema
              + ".household (kk, kk_status, village_code, rt, rw, street, female_headed,"
              + " registered_at, registered_by, version, changed_at)"
              + " SELECT no_kk, 'ADA', MIN(kode_desa), LPAD(MIN(rt), 3, '0'), LPAD(MIN(rw), 3, '0'),"
              + " MIN(alamat), MIN(pekka) = 'Y', UTC_TIMESTAMP(6), 'bench', 0, UTC_TIMESTAMP(6)"
              + " FROM "
              + schema
              + ".staging GROUP BY no_kk"
              + " ON DUPLICATE KEY UPDATE village_code = VALUES(village_code), rt = VALUES(rt),"
              + " rw = VALUES(rw), street = VALUES(street)");
      st.executeUpdate(
          "INSERT INTO "
              + schema
              + ".person (household_id, nik, name, name_key, sex, birth_date, relationship,"
              + " version, education, occupation, marital_status, dukcapil_status, status,"
              + " heads_family)"
              // the staged rows first, each finding its family and name key by index: the
              // copies' statistics lag behind their rows (after the first run of 20,000 persons
              // the optimiser took the person copy for one row and scanned it once per token, 78 s)
              + " SELECT STRAIGHT_JOIN h.id, s.nik, s.nama, n.name_key,"
              + " IF(s.jenis_kelamin = 'P', 'F', 'M'),"
              + " s.tanggal_lahir,"
              + " s.hubungan, 0, NULLIF(s.pendidikan, ''), NULLIF(s.pekerjaan, ''),"
              + " NULLIF(s.status_kawin, ''), 'NIK_TERCATAT', 'AKTIF',"
              + " s.hubungan = 'KEPALA_KELUARGA'"
              + " FROM "
              + schema
              + ".staging s JOIN "
              + schema
              + ".household h FORCE INDEX (household_kk) ON h.kk = s.no_kk JOIN "
              + schema
              + ".staging_name n FORCE INDEX (PRIMARY) ON n.nik = s.nik"
              + " ON DUPLICATE KEY UPDATE name = VALUES(name), name_key = VALUES(name_key),"
              + " sex = VALUES(sex),"
              + " birth_date = VALUES(birth_date), relationship = VALUES(relationship),"
              + " education = VALUES(education), occupation = VALUES(occupation),"
              + " marital_status = VALUES(marital_status)");
      // the name index: the rows the persons' names need and do not have yet
      st.executeUpdate(
          "INSERT IGNORE INTO "
              + schema
              + ".person_name_token (token, household_id, person_id)"
              // the staged tokens first, each finding its person by NIK
              + " SELECT STRAIGHT_JOIN t.token, p.household_id, p.id FROM "
              + schema
              + ".staging_token t JOIN "
              + schema
              + ".person p FORCE INDEX (person_nik) ON p.nik = t.nik"
              // in the index's order, so that InnoDB appends instead of splitting pages
              + " ORDER BY t.token, p.household_id, p.id");
      // a snapshot only where the family's latest one differs (the second run adds none)
      st.executeUpdate(
          "INSERT INTO "
              + schema
              + ".welfare_status (household_id, register, registered, desil, source, as_of,"
              + " recorded_at, recorded_by)"
              + " SELECT STRAIGHT_JOIN h.id, MIN(s.basis_data), MIN(s.terdaftar) = 'Y',"
              + " MIN(NULLIF(s.desil, '')),"
              + " MIN(s.sumber), MIN(s.tanggal_data), UTC_TIMESTAMP(6), 'bench'"
              + " FROM "
              + schema
              + ".staging s JOIN "
              + schema
              + ".household h FORCE INDEX (household_kk) ON h.kk = s.no_kk"
              + " WHERE NOT EXISTS (SELECT 1 FROM "
              + schema
              + ".welfare_status w FORCE INDEX (welfare_status_household)"
              + " WHERE w.household_id = h.id AND w.as_of = s.tanggal_data)"
              + " GROUP BY h.id");
      c.commit();
      c.setAutoCommit(true);
      long merged = System.nanoTime();
      seconds[run] = (merged - t0) / 1e9;
      System.out.printf(
          "import limit, run %d: LOAD DATA LOCAL INFILE %.1f s, set-based merge %.1f s, %.1f s in"
              + " all%n",
          run + 1, (loaded - t0) / 1e9, (merged - loaded) / 1e9, seconds[run]);
    }
    st.execute("DROP DATABASE " + schema);
    return seconds;
  }
}
