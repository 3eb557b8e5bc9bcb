package id.slrt.referral.infrastructure;

import static id.slrt.core.organisation.SeedCsv.blank;
import static id.slrt.core.organisation.SeedCsv.integer;
import static id.slrt.core.organisation.SeedCsv.required;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.organisation.ProviderCategory;
import id.slrt.core.organisation.SeedCsv;
import id.slrt.referral.domain.model.service.Issues;
import id.slrt.referral.domain.model.service.ServiceOffering;
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
    String provider = required(r, "provider");
    String category;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT category FROM provider WHERE code = ?")) {
      ps.setString(1, provider);
      try (var rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("Seed service of an agency the district lacks: " + r);
        }
        category = rs.getString(1);
      }
    }
    Integer sla = integer(r, "sla_days");
    Integer fastTrack = integer(r, "fast_track_days");
    Integer minAge = integer(r, "min_age");
    Integer maxAge = integer(r, "max_age");
    String sex = blank(r.get("sex"));
    String education = blank(r.get("education_completed"));
    Integer maxDesil = integer(r, "max_desil");
    String documents = blank(r.get("documents"));
    String verivali = blank(r.get("verivali"));
    if (verivali != null && !verivali.equals("Y")) {
      throw new IllegalArgumentException("Seed service with a verivali column other than Y: " + r);
    }
    boolean changesWelfare = verivali != null;
    ServiceOffering.Definition definition =
        new ServiceOffering.Definition(
            name,
            provider,
            sla,
            fastTrack,
            blank(r.get("description")),
            blank(r.get("eligibility_notes")),
            minAge,
            maxAge,
            sex,
            education,
            maxDesil,
            documents == null ? List.of() : List.of(documents.split("\\s*\\|\\s*")),
            blank(r.get("issues")),
            changesWelfare);
    // the same rules as the district admin's screen and the API (ServiceOffering.Definition)
    FieldErrors errors = new FieldErrors();
    definition.check(ProviderCategory.servesViolenceCases(category), errors);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("Seed service refused (" + errors.list() + "): " + r);
    }
    String issues = Issues.parse(definition.issues()).format();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT IGNORE INTO service_catalogue (code, name, provider, sla_days,"
                + " fast_track_days, description, eligibility_notes, min_age, max_age, sex,"
                + " education_completed, max_desil, documents, issues, changes_welfare, active,"
                + " version, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,TRUE,0,?)")) {
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
      ps.setBoolean(15, changesWelfare);
      ps.setTimestamp(16, now);
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
