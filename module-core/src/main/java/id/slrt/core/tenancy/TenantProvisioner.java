package id.slrt.core.tenancy;

import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Adds a district as a tenant and keeps a tenant schema ready: registry row, migrations of every
 * module, and the copy of the district's own regions inside its schema (so that a tenant on another
 * database server still has its village names at hand). Plain JDBC, so the launcher and the server
 * share it.
 */
public final class TenantProvisioner {
  private final DataSource platform;

  public TenantProvisioner(DataSource platform) {
    this.platform = platform;
  }

  /** Creates a tenant schema on a server if it is not there yet. */
  public static void createSchema(Connection server, String schema) throws SQLException {
    if (!schema.matches("slrt_[a-z0-9]+")) {
      throw new IllegalArgumentException("Not a tenant schema name: " + schema);
    }
    try (Statement st = server.createStatement()) {
      st.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + schema
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }

  /**
   * Registers a new tenant for a regency.
   *
   * @param dbUrl JDBC URL of the tenant's server when it is not the platform's server, else null
   * @throws IllegalArgumentException for a bad slug, an unknown regency or one already taken
   */
  public Tenant register(String slug, RegionCode regency, String dbUrl, String dbUser)
      throws SQLException {
    if (slug == null || !slug.matches(Tenant.SLUG_PATTERN)) {
      throw new IllegalArgumentException(
          "A tenant slug is 2-30 lower-case letters and digits, starting with a letter: " + slug);
    }
    if (regency.level() != RegionLevel.REGENCY) {
      throw new IllegalArgumentException(regency + " is not a regency code (like 32.15)");
    }
    try (Connection c = platform.getConnection()) {
      String name =
          regionName(c, regency)
              .orElseThrow(
                  () -> new IllegalArgumentException("Regency " + regency + " does not exist"));
      Optional<String> existing = tenantOfRegency(c, regency);
      if (existing.isPresent() && !existing.get().equals(slug)) {
        throw new IllegalArgumentException(
            "Regency " + regency + " is already tenant " + existing.get());
      }
      Tenant tenant =
          new Tenant(
              slug,
              regency,
              name,
              Tenant.schemaFor(slug),
              Tenant.jndiNameFor(slug),
              TimeZones.of(regency));
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO tenant (slug, regency_code, name, schema_name, jndi_name, db_url,"
                  + " db_user, time_zone, active, created_at) VALUES (?,?,?,?,?,?,?,?,TRUE,?)"
                  + " ON DUPLICATE KEY UPDATE slug = slug")) {
        ps.setString(1, tenant.slug());
        ps.setString(2, regency.value());
        ps.setString(3, tenant.name());
        ps.setString(4, tenant.schema());
        ps.setString(5, tenant.jndiName());
        ps.setString(6, dbUrl);
        ps.setString(7, dbUser);
        ps.setString(8, tenant.zone().getId());
        ps.setTimestamp(9, Timestamp.from(Instant.now()));
        ps.executeUpdate();
      }
      String registeredRegency = regencyOf(c, slug);
      if (!regency.value().equals(registeredRegency)) {
        throw new IllegalArgumentException(
            "Tenant " + slug + " already exists for regency " + registeredRegency);
      }
      return tenant;
    }
  }

  /** Runs every module's migrations on the tenant schema and refreshes its copy of regions. */
  public void prepareSchema(Tenant tenant, DataSource tenantSchema, List<TenantModule> modules)
      throws SQLException {
    Migrations.migrateTenant(tenantSchema, modules);
    copyRegions(tenant.regency(), tenantSchema);
  }

  /** Copies the regency, its kecamatan and its villages from the platform into the tenant. */
  public void copyRegions(RegionCode regency, DataSource tenantSchema) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (Connection c = platform.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT code, parent_code, level, name FROM region"
                    + " WHERE code = ? OR code = ? OR code LIKE ?")) {
      ps.setString(1, regency.at(RegionLevel.PROVINCE).value());
      ps.setString(2, regency.value());
      ps.setString(3, regency.value() + ".%");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    }
    try (Connection t = tenantSchema.getConnection();
        PreparedStatement ps =
            t.prepareStatement(
                "INSERT INTO region (code, parent_code, level, name) VALUES (?,?,?,?)"
                    + " ON DUPLICATE KEY UPDATE parent_code = VALUES(parent_code),"
                    + " level = VALUES(level), name = VALUES(name)")) {
      boolean autoCommit = t.getAutoCommit();
      t.setAutoCommit(false);
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          ps.setString(i + 1, row[i]);
        }
        ps.addBatch();
      }
      ps.executeBatch();
      t.commit();
      t.setAutoCommit(autoCommit);
    }
  }

  private static Optional<String> regionName(Connection c, RegionCode code) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT name FROM region WHERE code = ?")) {
      ps.setString(1, code.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static Optional<String> tenantOfRegency(Connection c, RegionCode regency)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT slug FROM tenant WHERE regency_code = ?")) {
      ps.setString(1, regency.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static String regencyOf(Connection c, String slug) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT regency_code FROM tenant WHERE slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
