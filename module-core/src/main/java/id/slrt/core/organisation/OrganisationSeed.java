package id.slrt.core.organisation;

import static id.slrt.core.organisation.SeedCsv.blank;
import static id.slrt.core.organisation.SeedCsv.date;
import static id.slrt.core.organisation.SeedCsv.read;
import static id.slrt.core.organisation.SeedCsv.required;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Puts a district's starting organisation into its schema when it is provisioned: the units and
 * agencies of its own folder {@code config/seed/<slug>/} if it has one, then the national defaults
 * of {@code config/seed/national/} (a row of the district's own folder wins over a national row of
 * the same code); and, for every kecamatan of the district, a kecamatan supervision unit. Only what
 * is missing is added (by code): what an admin changed or set inactive stays as the admin left it,
 * so the seed can be applied at every start.
 *
 * <p>Files: semicolon-separated UTF-8 with a header row. {@code units.csv}: code, name, kind,
 * village_code, sk_number, sk_date. {@code providers.csv}: code, name, kind, category,
 * perbup_article, agreement_number, valid_from, valid_until, data_allowed.
 */
public final class OrganisationSeed {
  private final Path seedRoot;

  public OrganisationSeed(Path seedRoot) {
    this.seedRoot = seedRoot;
  }

  /** The folders whose files a district gets, its own first. */
  public List<Path> foldersFor(String slug) {
    Path own = seedRoot.resolve(slug);
    return Files.isDirectory(own)
        ? List.of(own, seedRoot.resolve("national"))
        : List.of(seedRoot.resolve("national"));
  }

  /** Applies the seed; returns how many units and agencies were added. */
  public int apply(String slug, DataSource tenantSchema) throws IOException, SQLException {
    int added = 0;
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = tenantSchema.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        for (Path folder : foldersFor(slug)) {
          for (Map<String, String> row : read(folder.resolve("units.csv"))) {
            added += insertUnit(c, row, now);
          }
          for (Map<String, String> row : read(folder.resolve("providers.csv"))) {
            added += insertProvider(c, row, now);
          }
        }
        added += kecamatanUnits(c, now);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
    return added;
  }

  private static int insertUnit(Connection c, Map<String, String> r, Timestamp now)
      throws SQLException {
    String village = blank(r.get("village_code"));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT IGNORE INTO org_unit (code, name, kind, village_code, kecamatan_code,"
                + " sk_number, sk_date, active, version, updated_at)"
                + " SELECT ?, ?, ?, ?, ?, ?, ?, TRUE, 0, ? FROM DUAL"
                + " WHERE ? IS NULL OR EXISTS (SELECT 1 FROM region WHERE code = ?)")) {
      ps.setString(1, required(r, "code"));
      ps.setString(2, required(r, "name"));
      ps.setString(3, UnitKind.valueOf(required(r, "kind")).name());
      ps.setString(4, village);
      ps.setString(5, village == null ? null : village.substring(0, 8));
      ps.setString(6, blank(r.get("sk_number")));
      ps.setDate(7, date(r.get("sk_date")));
      ps.setTimestamp(8, now);
      ps.setString(9, village);
      ps.setString(10, village);
      return ps.executeUpdate();
    }
  }

  private static int insertProvider(Connection c, Map<String, String> r, Timestamp now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT IGNORE INTO provider (code, name, kind, category, perbup_article,"
                + " agreement_number, valid_from, valid_until, data_allowed, active, version,"
                + " updated_at) VALUES (?,?,?,?,?,?,?,?,?,TRUE,0,?)")) {
      ps.setString(1, required(r, "code"));
      ps.setString(2, required(r, "name"));
      ps.setString(3, ProviderKind.valueOf(required(r, "kind")).name());
      ps.setString(4, ProviderCategory.valueOf(required(r, "category")).name());
      ps.setString(5, blank(r.get("perbup_article")));
      ps.setString(6, blank(r.get("agreement_number")));
      ps.setDate(7, date(r.get("valid_from")));
      ps.setDate(8, date(r.get("valid_until")));
      ps.setString(9, blank(r.get("data_allowed")));
      ps.setTimestamp(10, now);
      return ps.executeUpdate();
    }
  }

  /** A supervision unit (TKSK) for every kecamatan in the district's copy of the region table. */
  private static int kecamatanUnits(Connection c, Timestamp now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT IGNORE INTO org_unit (code, name, kind, kecamatan_code, active, version,"
                + " updated_at) SELECT CONCAT('KEC-', REPLACE(code, '.', '')),"
                + " LEFT(CONCAT('TKSK Kecamatan ', name), 150), 'KECAMATAN', code, TRUE, 0, ?"
                + " FROM region WHERE level = 'DISTRICT'")) {
      ps.setTimestamp(1, now);
      return ps.executeUpdate();
    }
  }
}
