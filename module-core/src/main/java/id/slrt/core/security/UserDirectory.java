package id.slrt.core.security;

import id.slrt.core.tenancy.PlatformDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The user accounts in {@code slrt_platform.user_account}. */
@ApplicationScoped
public class UserDirectory {
  @Inject PlatformDataSource platform;

  /** An active account and its password hash. */
  public record Account(AuthenticatedUser user, String passwordHash) {}

  public Optional<Account> findActive(String username) {
    try (Connection c = platform.get().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT username, display_name, role, tenant_slug, provider_code, password_hash"
                    + " FROM user_account WHERE username = ? AND active = TRUE")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Account(
                new AuthenticatedUser(
                    rs.getString(1),
                    rs.getString(2),
                    Role.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5)),
                rs.getString(6)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read user accounts", e);
    }
  }

  /** Creates the account, or replaces its password hash and attributes if it exists. */
  public void upsert(AuthenticatedUser user, String passwordHash, boolean demo) {
    try (Connection c = platform.get().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO user_account (username, password_hash, role, tenant_slug,"
                    + " provider_code, display_name, active, demo, created_at)"
                    + " VALUES (?,?,?,?,?,?,TRUE,?,?) ON DUPLICATE KEY UPDATE"
                    + " password_hash = VALUES(password_hash), role = VALUES(role),"
                    + " tenant_slug = VALUES(tenant_slug), provider_code = VALUES(provider_code),"
                    + " display_name = VALUES(display_name), active = TRUE")) {
      ps.setString(1, user.username());
      ps.setString(2, passwordHash);
      ps.setString(3, user.role().name());
      ps.setString(4, user.tenantSlug());
      ps.setString(5, user.providerCode());
      ps.setString(6, user.displayName());
      ps.setBoolean(7, demo);
      ps.setTimestamp(8, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write user account " + user.username(), e);
    }
  }
}
