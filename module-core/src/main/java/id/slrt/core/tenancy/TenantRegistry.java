package id.slrt.core.tenancy;

import id.slrt.core.identity.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The registry of tenants in {@code slrt_platform.tenant}. A tenant added at run time by {@code
 * ./slrt tenant add} is found on its first request: an unknown slug is looked up in the table (at
 * most every few seconds per slug), then prepared and remembered.
 */
@ApplicationScoped
public class TenantRegistry {
  private static final Logger LOG = Logger.getLogger(TenantRegistry.class.getName());
  private static final Duration MISS_TTL = Duration.ofSeconds(5);
  private static final String SELECT =
      "SELECT slug, regency_code, name, schema_name, jndi_name, time_zone FROM tenant"
          + " WHERE active = TRUE";

  @Inject PlatformDataSource platform;
  @Inject TenantPreparation preparation;

  private final ConcurrentMap<String, Tenant> ready = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Instant> misses = new ConcurrentHashMap<>();

  /** The active tenants, read afresh from the registry. */
  public List<Tenant> all() {
    List<Tenant> tenants = new ArrayList<>();
    try (Connection c = platform.get().getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY slug");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tenants.add(map(rs));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the tenant registry", e);
    }
    return tenants;
  }

  /** The tenant with this slug, if it is registered, active and its schema is ready. */
  public Optional<Tenant> find(String slug) {
    if (slug == null || !slug.matches(Tenant.SLUG_PATTERN)) {
      return Optional.empty();
    }
    Tenant known = ready.get(slug);
    if (known != null) {
      return Optional.of(known);
    }
    Instant missed = misses.get(slug);
    if (missed != null && missed.plus(MISS_TTL).isAfter(Instant.now())) {
      return Optional.empty();
    }
    Optional<Tenant> found = load(slug);
    if (found.isEmpty()) {
      misses.put(slug, Instant.now());
      return Optional.empty();
    }
    return Optional.of(activate(found.get()));
  }

  /**
   * Activates every registered tenant that is not ready yet, so that a district added with {@code
   * ./slrt tenant add} works (its users, demo users included, can sign in) without waiting for a
   * first request to its path. A tenant that fails to prepare is logged and tried again next time.
   *
   * @return the slugs activated by this call
   */
  public List<String> activateNew() {
    List<String> activated = new ArrayList<>();
    for (Tenant tenant : all()) {
      if (!ready.containsKey(tenant.slug())) {
        try {
          activate(tenant);
          activated.add(tenant.slug());
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, e, () -> "Tenant " + tenant.slug() + " is not ready yet");
        }
      }
    }
    return activated;
  }

  /** Prepares a tenant once (migrations, regions, demo users) and marks it ready. */
  public Tenant activate(Tenant tenant) {
    return ready.computeIfAbsent(
        tenant.slug(),
        slug -> {
          preparation.prepare(tenant);
          misses.remove(slug);
          LOG.log(Level.INFO, "Tenant {0} ({1}) is ready", new Object[] {slug, tenant.name()});
          return tenant;
        });
  }

  private Optional<Tenant> load(String slug) {
    try (Connection c = platform.get().getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT + " AND slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the tenant registry", e);
    }
  }

  private static Tenant map(ResultSet rs) throws SQLException {
    return new Tenant(
        rs.getString(1),
        RegionCode.parse(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        ZoneId.of(rs.getString(6)));
  }
}
