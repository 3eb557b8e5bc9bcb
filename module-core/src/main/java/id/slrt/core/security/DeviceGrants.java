package id.slrt.core.security;

import id.slrt.core.tenancy.PlatformDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Device sign-ins ({@code device_grant}): a signed-in user's phone gets a device token that it
 * exchanges for a new bearer token later, when the bearer token ran out while the phone was
 * offline. The token is random (256 bits) and only its SHA-256 is stored; it ends at its expiry, at
 * sign-out, and when the account's token version moves (a new password, other roles, deactivation).
 */
@ApplicationScoped
public class DeviceGrants {
  /** A phone offline for longer than two weeks signs in again with its password. */
  public static final Duration LIFETIME = Duration.ofDays(14);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PlatformDataSource platform;
  @Inject UserDirectory users;
  @Inject Clock clock;

  /** A new device token and when it ends. */
  public record Grant(String token, Instant expiresAt) {}

  /** A device token for the signed-in user's device. */
  public Grant issue(AuthenticatedUser caller, String label) {
    UserAccount account =
        users
            .findByUsername(caller.username())
            .filter(UserAccount::active)
            .orElseThrow(InvalidCredentialsException::new);
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Instant now = clock.instant();
    Instant expires = now.plus(LIFETIME);
    String cleanLabel =
        label == null || label.isBlank()
            ? null
            : label.strip().substring(0, Math.min(100, label.strip().length()));
    try (Connection c = platform.get().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO device_grant (token_hash, user_id, token_version, label, created_at,"
                    + " expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, hash(token));
      ps.setLong(2, account.id());
      ps.setInt(3, account.tokenVersion());
      ps.setString(4, cleanLabel);
      ps.setTimestamp(5, Timestamp.from(now));
      ps.setTimestamp(6, Timestamp.from(expires));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("A device grant could not be stored", e);
    }
    return new Grant(token, expires);
  }

  /**
   * The account a device token signs in, if the grant holds: not expired, not revoked, the account
   * active, without a password to change, and with the token version of the grant.
   */
  public Optional<UserAccount> redeem(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    try (Connection c = platform.get().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT g.id, u.username, g.token_version FROM device_grant g"
                    + " JOIN user_account u ON u.id = g.user_id"
                    + " WHERE g.token_hash = ? AND g.revoked_at IS NULL AND g.expires_at > ?")) {
      ps.setString(1, hash(token));
      ps.setTimestamp(2, Timestamp.from(now));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long id = rs.getLong(1);
        String username = rs.getString(2);
        int version = rs.getInt(3);
        Optional<UserAccount> account =
            users
                .findByUsername(username)
                .filter(UserAccount::active)
                .filter(a -> !a.mustChangePassword())
                .filter(a -> a.tokenVersion() == version);
        if (account.isPresent()) {
          try (PreparedStatement used =
              c.prepareStatement("UPDATE device_grant SET last_used_at = ? WHERE id = ?")) {
            used.setTimestamp(1, Timestamp.from(now));
            used.setLong(2, id);
            used.executeUpdate();
          }
        }
        return account;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("A device grant could not be read", e);
    }
  }

  /** Ends a device's grant (its sign-out); an unknown token changes nothing. */
  public void revoke(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return;
    }
    try (Connection c = platform.get().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE device_grant SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")) {
      ps.setTimestamp(1, Timestamp.from(clock.instant()));
      ps.setString(2, hash(token));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("A device grant could not be revoked", e);
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
