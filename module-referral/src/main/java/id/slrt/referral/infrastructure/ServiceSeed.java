package id.slrt.referral.infrastructure;

import static id.slrt.core.organisation.SeedCsv.blank;
import static id.slrt.core.organisation.SeedCsv.integer;
import static id.slrt.core.organisation.SeedCsv.required;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import id.slrt.core.organisation.SeedCsv;
import id.slrt.referral.domain.model.service.Eligibility;
import id.slrt.referral.domain.model.service.Issues;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Puts the district's starting service catalogue into its schema from {@code services.csv} of its
 * seed folders (its own first, so a district row replaces a national one of the same code). Only
 * services whose code the district does not have are added: what the district admin changed or set
 * inactive stays. A row naming an agency the district does not have, or with a constraint the
 * catalogue would refuse, stops the seed with the row named.
 *
 * <p>Columns: code, name, provider, sla_days, fast_track_days, min_age, max_age, sex ({@code M} or
 * {@code F}), education_completed (a family-card level), max_desil, eligibility_notes, documents
 * (separated by {@code |}), description.
 */
public final class ServiceSeed {
  private ServiceSeed() {}

  public static int apply(List<Path> folders, DataSource schema) throws IOException, SQLException {
    int added = 0;
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = schema.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        for (Path folder : folders) {
          for (Map<String, String> row : SeedCsv.read(folder.resolve("services.csv"))) {
            added += insert(c, row, now);
          }
        }
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

  private static int insert(Connection c, Map<String, String> r, Timestamp now)
      throws SQLException {
    String code = required(r, "code").toUpperCase(Locale.ROOT);
    String name = required(r, "name");
    if (name.toLowerCase(Locale.ROOT).contains("miskin")) {
      throw new IllegalArgumentException("A service name citizens see never says miskin: " + r);
    }
    String provider = required(r, "provider");
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM provider WHERE code = ?")) {
      ps.setString(1, provider);
      if (!ps.executeQuery().next()) {
        throw new IllegalArgumentException("Seed service of an agency the district lacks: " + r);
      }
    }
    Integer sla = integer(r, "sla_days");
    Integer fastTrack = integer(r, "fast_track_days");
    if (sla == null || sla < 1 || (fastTrack != null && (fastTrack < 1 || fastTrack > sla))) {
      throw new IllegalArgumentException("Seed service with a wrong SLA: " + r);
    }
    Integer minAge = integer(r, "min_age");
    Integer maxAge = integer(r, "max_age");
    String sex = blank(r.get("sex"));
    String education = blank(r.get("education_completed"));
    Integer maxDesil = integer(r, "max_desil");
    FieldErrors errors = new FieldErrors();
    Eligibility.check(minAge, maxAge, sex, education, maxDesil, errors);
    try {
      errors.throwIfAny();
    } catch (ValidationException e) {
      throw new IllegalArgumentException("Seed service with a wrong constraint: " + r, e);
    }
    String documents = blank(r.get("documents"));
    String issues;
    try {
      issues = Issues.parse(r.get("issues")).format();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Seed service with a wrong issues column: " + r, e);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT IGNORE INTO service_catalogue (code, name, provider, sla_days,"
                + " fast_track_days, description, eligibility_notes, min_age, max_age, sex,"
                + " education_completed, max_desil, documents, issues, active, version,"
                + " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,TRUE,0,?)")) {
      ps.setString(1, code);
      ps.setString(2, name);
      ps.setString(3, provider);
      ps.setInt(4, sla);
      setInt(ps, 5, fastTrack);
      ps.setString(6, blank(r.get("description")));
      ps.setString(7, blank(r.get("eligibility_notes")));
      setInt(ps, 8, minAge);
      setInt(ps, 9, maxAge);
      ps.setString(10, sex);
      ps.setString(11, education);
      setInt(ps, 12, maxDesil);
      ps.setString(
          13, documents == null ? null : String.join("\n", documents.split("\\s*\\|\\s*")));
      ps.setString(14, issues);
      ps.setTimestamp(15, now);
      return ps.executeUpdate();
    }
  }

  private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }
}
