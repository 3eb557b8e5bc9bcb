package id.slrt.core.security;

import id.slrt.core.tenancy.PlatformDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The user accounts in {@code slrt_platform.user_account} and their roles in {@code user_role}.
 * Plain JDBC on the platform's non-transactional pool; a write of several statements runs in a
 * local transaction of its own. Works in the server and in the launcher alike.
 */
@ApplicationScoped
public class UserDirectory {
  private static final String COLUMNS =
      "u.id, u.username, u.display_name, u.tenant_slug, u.provider_code, u.unit_code,"
          + " u.kecamatan_code, u.active, u.demo, u.must_change_password, u.token_version,"
          + " u.version, u.last_sign_in_at, u.created_at";

  @Inject PlatformDataSource platform;

  private DataSource dataSource;

  public UserDirectory() {}

  /** For the launcher, which has no container. */
  public UserDirectory(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  private Connection connection() throws SQLException {
    return (dataSource != null ? dataSource : platform.get()).getConnection();
  }

  /** An account and its password hash. */
  public record Credentials(UserAccount account, String passwordHash) {}

  public Optional<Credentials> credentials(String username) {
    try (Connection c = connection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + ", u.password_hash FROM user_account u WHERE u.username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String hash = rs.getString(15);
        UserAccount account = read(rs, roles(c, List.of(rs.getLong(1))).get(rs.getLong(1)));
        return Optional.of(new Credentials(account, hash));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read user accounts", e);
    }
  }

  /**
   * How long a confirmed account check is trusted without asking the database again. A change made
   * through this server (deactivation, roles, scope, password) forgets every confirmation at once;
   * one made through another server sharing the database takes effect here within this time.
   */
  static final long CONFIRMED_NANOS = Duration.ofSeconds(2).toNanos();

  /** Accounts found current lately, by username: the token version and when that was asked. */
  private final Map<String, Confirmed> confirmed = new ConcurrentHashMap<>();

  private record Confirmed(int tokenVersion, long askedAt) {}

  /** Account writes so far; a confirmation asked before one of them is not kept. */
  private long changes;

  /**
   * True while the account is active and its token version is still the one a token or session was
   * issued with. Asked on every authenticated request, so that a deactivation or a change of roles,
   * scope or password ends existing tokens and sessions at once. A system calling the API many
   * times a second is answered from the last confirmation (see {@link #CONFIRMED_NANOS}); measured
   * with ./slrt bench, the look-up was one in ten of a registration's statements.
   */
  public boolean isCurrent(String username, int tokenVersion) {
    long now = System.nanoTime();
    Confirmed last = confirmed.get(username);
    if (last != null
        && last.tokenVersion() == tokenVersion
        && now - last.askedAt() < CONFIRMED_NANOS) {
      return true;
    }
    long changesBefore = changesSoFar();
    boolean current = askCurrent(username, tokenVersion);
    synchronized (confirmed) {
      if (current && changes == changesBefore) {
        confirmed.put(username, new Confirmed(tokenVersion, now));
      } else {
        confirmed.remove(username);
      }
    }
    return current;
  }

  private boolean askCurrent(String username, int tokenVersion) {
    try (Connection c = connection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT 1 FROM user_account WHERE username = ? AND active = TRUE"
                    + " AND token_version = ? AND must_change_password = FALSE")) {
      ps.setString(1, username);
      ps.setInt(2, tokenVersion);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read user accounts", e);
    }
  }

  public Optional<UserAccount> find(long id) {
    return one("u.id = ?", id);
  }

  public Optional<UserAccount> findByUsername(String username) {
    return one("u.username = ?", username);
  }

  private Optional<UserAccount> one(String where, Object value) {
    try (Connection c = connection();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + COLUMNS + " FROM user_account u WHERE " + where)) {
      ps.setObject(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long id = rs.getLong(1);
        return Optional.of(read(rs, roles(c, List.of(id)).get(id)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read user accounts", e);
    }
  }

  /** The accounts of a district, by username, a page at a time. */
  public List<UserAccount> listByTenant(String tenantSlug, int offset, int limit) {
    try (Connection c = connection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM user_account u WHERE u.tenant_slug = ? ORDER BY u.username"
                    + " LIMIT ? OFFSET ?")) {
      ps.setString(1, tenantSlug);
      ps.setInt(2, limit);
      ps.setLong(3, offset);
      List<Long> ids = new ArrayList<>();
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
          rows.add(snapshot(rs));
        }
      }
      Map<Long, Set<Role>> roles = roles(c, ids);
      List<UserAccount> accounts = new ArrayList<>();
      for (Object[] row : rows) {
        accounts.add(fromRow(row, roles.get((Long) row[0])));
      }
      return accounts;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read user accounts", e);
    }
  }

  public long countByTenant(String tenantSlug) {
    try (Connection c = connection();
        PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM user_account WHERE tenant_slug = ?")) {
      ps.setString(1, tenantSlug);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read user accounts", e);
    }
  }

  /**
   * Creates an account.
   *
   * @return its id, or empty when the username is taken
   */
  public Optional<Long> insert(
      AuthenticatedUser user,
      String passwordHash,
      boolean demo,
      boolean mustChangePassword,
      String createdBy) {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      try {
        long id;
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO user_account (username, password_hash, tenant_slug, provider_code,"
                    + " unit_code, kecamatan_code, display_name, active, demo,"
                    + " must_change_password, created_at, created_by, password_changed_at)"
                    + " VALUES (?,?,?,?,?,?,?,TRUE,?,?,?,?,?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
          Timestamp now = Timestamp.from(Instant.now());
          ps.setString(1, user.username());
          ps.setString(2, passwordHash);
          ps.setString(3, user.tenantSlug());
          ps.setString(4, user.providerCode());
          ps.setString(5, user.unitCode());
          ps.setString(6, user.kecamatanCode());
          ps.setString(7, user.displayName());
          ps.setBoolean(8, demo);
          ps.setBoolean(9, mustChangePassword);
          ps.setTimestamp(10, now);
          ps.setString(11, createdBy);
          ps.setTimestamp(12, now);
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        } catch (SQLException e) {
          if ("23000".equals(e.getSQLState())) {
            c.rollback();
            return Optional.empty();
          }
          throw e;
        }
        writeRoles(c, id, user.roles());
        c.commit();
        return Optional.of(id);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write user account", e);
    }
  }

  /**
   * Changes name, roles and scope of an account whose version is still {@code expectedVersion}. The
   * token version moves when roles or scope change.
   *
   * @return false when the account changed in between (stale version)
   */
  public boolean update(long id, int expectedVersion, AuthenticatedUser changed, boolean revoke) {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      try {
        int n;
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE user_account SET display_name = ?, provider_code = ?, unit_code = ?,"
                    + " kecamatan_code = ?, version = version + 1,"
                    + " token_version = token_version + ?, updated_at = ?"
                    + " WHERE id = ? AND version = ?")) {
          ps.setString(1, changed.displayName());
          ps.setString(2, changed.providerCode());
          ps.setString(3, changed.unitCode());
          ps.setString(4, changed.kecamatanCode());
          ps.setInt(5, revoke ? 1 : 0);
          ps.setTimestamp(6, Timestamp.from(Instant.now()));
          ps.setLong(7, id);
          ps.setInt(8, expectedVersion);
          n = ps.executeUpdate();
        }
        if (n == 0) {
          c.rollback();
          return false;
        }
        replaceRoles(c, id, changed.roles());
        c.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
        forgetConfirmations();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write user account", e);
    }
  }

  /** Deactivates an account; its tokens and sessions end at once. */
  public void deactivate(long id) {
    change(
        "UPDATE user_account SET active = FALSE, deactivated_at = ?, version = version + 1,"
            + " token_version = token_version + 1, updated_at = ? WHERE id = ?",
        now(),
        now(),
        id);
  }

  /** Re-activates an account (with a one-time password set by {@link #setPassword}). */
  public void reactivate(long id) {
    change(
        "UPDATE user_account SET active = TRUE, deactivated_at = NULL, version = version + 1,"
            + " token_version = token_version + 1, updated_at = ? WHERE id = ?",
        now(),
        id);
  }

  /** Sets a new password hash; ends the account's tokens and sessions. */
  public void setPassword(long id, String passwordHash, boolean oneTime) {
    change(
        "UPDATE user_account SET password_hash = ?, must_change_password = ?,"
            + " password_changed_at = ?, version = version + 1,"
            + " token_version = token_version + 1, updated_at = ? WHERE id = ?",
        passwordHash,
        oneTime,
        now(),
        now(),
        id);
  }

  public void recordSignIn(long id) {
    execute("UPDATE user_account SET last_sign_in_at = ? WHERE id = ?", now(), id);
  }

  /** Disables every demo account (a server started without demo mode); returns how many. */
  public int deactivateDemoAccounts() {
    return change(
        "UPDATE user_account SET active = FALSE, deactivated_at = ?, version = version + 1,"
            + " token_version = token_version + 1 WHERE demo = TRUE AND active = TRUE",
        now());
  }

  /**
   * Creates a demo account or brings it back to the given attributes and password (demo mode at
   * start-up). Marks it demo.
   */
  public void upsertDemo(AuthenticatedUser user, String passwordHash) {
    Optional<UserAccount> existing = findByUsername(user.username());
    if (existing.isEmpty()) {
      insert(user, passwordHash, true, false, "demo");
      return;
    }
    UserAccount a = existing.get();
    change(
        "UPDATE user_account SET password_hash = ?, tenant_slug = ?, provider_code = ?,"
            + " unit_code = ?, kecamatan_code = ?, display_name = ?, active = TRUE, demo = TRUE,"
            + " must_change_password = FALSE, deactivated_at = NULL, version = version + 1,"
            + " token_version = token_version + 1 WHERE id = ?",
        passwordHash,
        user.tenantSlug(),
        user.providerCode(),
        user.unitCode(),
        user.kecamatanCode(),
        user.displayName(),
        a.id());
    try (Connection c = connection()) {
      replaceRoles(c, a.id(), user.roles());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write user account", e);
    }
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  private int execute(String sql, Object... values) {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write user account", e);
    }
  }

  /** A write that may end tokens and sessions: no earlier confirmation is trusted after it. */
  private int change(String sql, Object... values) {
    try {
      return execute(sql, values);
    } finally {
      forgetConfirmations();
    }
  }

  private long changesSoFar() {
    synchronized (confirmed) {
      return changes;
    }
  }

  /**
   * After an account write: every confirmation goes, and one asked while the write was under way is
   * not kept either.
   */
  private void forgetConfirmations() {
    synchronized (confirmed) {
      changes++;
      confirmed.clear();
    }
  }

  private static void replaceRoles(Connection c, long id, Set<Role> roles) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_role WHERE user_id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
    writeRoles(c, id, roles);
  }

  private static void writeRoles(Connection c, long id, Set<Role> roles) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?,?)")) {
      for (Role role : roles) {
        ps.setLong(1, id);
        ps.setString(2, role.name());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static Map<Long, Set<Role>> roles(Connection c, List<Long> ids) throws SQLException {
    Map<Long, Set<Role>> roles = new HashMap<>();
    if (ids.isEmpty()) {
      return roles;
    }
    String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT user_id, role FROM user_role WHERE user_id IN (" + marks + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        ps.setLong(i + 1, ids.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          roles
              .computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
              .add(Role.valueOf(rs.getString(2)));
        }
      }
    }
    return roles;
  }

  private static Object[] snapshot(ResultSet rs) throws SQLException {
    Object[] row = new Object[14];
    row[0] = rs.getLong(1);
    for (int i = 2; i <= 7; i++) {
      row[i - 1] = rs.getString(i);
    }
    row[7] = rs.getBoolean(8);
    row[8] = rs.getBoolean(9);
    row[9] = rs.getBoolean(10);
    row[10] = rs.getInt(11);
    row[11] = rs.getInt(12);
    row[12] = rs.getTimestamp(13);
    row[13] = rs.getTimestamp(14);
    return row;
  }

  private static UserAccount read(ResultSet rs, Set<Role> roles) throws SQLException {
    return fromRow(snapshot(rs), roles);
  }

  private static UserAccount fromRow(Object[] row, Set<Role> roles) {
    Timestamp last = (Timestamp) row[12];
    Timestamp created = (Timestamp) row[13];
    return new UserAccount(
        (Long) row[0],
        (String) row[1],
        (String) row[2],
        roles == null ? Set.of() : roles,
        (String) row[3],
        (String) row[4],
        (String) row[5],
        (String) row[6],
        (Boolean) row[7],
        (Boolean) row[8],
        (Boolean) row[9],
        (Integer) row[10],
        (Integer) row[11],
        last == null ? null : last.toInstant(),
        created == null ? null : created.toInstant());
  }
}
