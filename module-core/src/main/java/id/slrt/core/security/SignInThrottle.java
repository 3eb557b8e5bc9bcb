package id.slrt.core.security;

import id.slrt.core.tenancy.PlatformDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Growing delays after failed sign-ins, per username and per client address, kept in {@code
 * slrt_platform} so that every server instance sees the same counts. A throttled attempt is refused
 * before its password is hashed, so failed sign-ins cannot burn the server's CPU.
 *
 * <p>A username is held back after {@value #USER_FREE_FAILURES} failures, an address (which many
 * officers of one office may share behind one router) after {@value #ADDRESS_FREE_FAILURES}; each
 * further failure doubles the delay, from 2 seconds up to 15 minutes. Failures older than an hour
 * are forgotten; a successful sign-in clears its username's count.
 */
@ApplicationScoped
public class SignInThrottle {
  static final int USER_FREE_FAILURES = 5;
  static final int ADDRESS_FREE_FAILURES = 20;
  static final Duration MAX_DELAY = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);

  @Inject PlatformDataSource platform;
  @Inject Clock clock;

  /** How long the caller must still wait, if either the username or the address is held back. */
  public Optional<Duration> wait(String username, String address) {
    Instant now = clock.instant();
    try (Connection c = platform.get().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT MAX(blocked_until) FROM sign_in_failure WHERE blocked_until > ?"
                    + " AND ((kind = 'USER' AND subject = ?) OR (kind = 'ADDRESS' AND subject = ?))")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setString(2, key(username));
      ps.setString(3, key(address));
      try (ResultSet rs = ps.executeQuery()) {
        Timestamp until = rs.next() ? rs.getTimestamp(1) : null;
        if (until == null) {
          return Optional.empty();
        }
        Duration left = Duration.between(now, until.toInstant());
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read sign-in failures", e);
    }
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    try (Connection c = platform.get().getConnection()) {
      try (PreparedStatement purge =
          c.prepareStatement("DELETE FROM sign_in_failure WHERE last_failure < ?")) {
        purge.setTimestamp(1, Timestamp.from(now.minus(FORGET_AFTER)));
        purge.executeUpdate();
      }
      count(c, "USER", key(username), USER_FREE_FAILURES, now);
      count(c, "ADDRESS", key(address), ADDRESS_FREE_FAILURES, now);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record a sign-in failure", e);
    }
  }

  public void succeeded(String username) {
    try (Connection c = platform.get().getConnection();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM sign_in_failure WHERE kind = 'USER' AND subject = ?")) {
      ps.setString(1, key(username));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot clear sign-in failures", e);
    }
  }

  /** The delay after the n-th failure in a row, none while n is within the free failures. */
  static Duration delayAfter(int failures, int free) {
    if (failures < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - free, 20);
    Duration delay = Duration.ofSeconds(1L << (doublings + 1));
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private static void count(Connection c, String kind, String subject, int free, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sign_in_failure (kind, subject, failures, last_failure) VALUES (?,?,1,?)"
                + " ON DUPLICATE KEY UPDATE failures = failures + 1, last_failure = VALUES(last_failure)")) {
      ps.setString(1, kind);
      ps.setString(2, subject);
      ps.setTimestamp(3, Timestamp.from(now));
      ps.executeUpdate();
    }
    int failures;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT failures FROM sign_in_failure WHERE kind = ? AND subject = ?")) {
      ps.setString(1, kind);
      ps.setString(2, subject);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        failures = rs.getInt(1);
      }
    }
    Duration delay = delayAfter(failures, free);
    if (!delay.isZero()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE sign_in_failure SET blocked_until = ? WHERE kind = ? AND subject = ?")) {
        ps.setTimestamp(1, Timestamp.from(now.plus(delay)));
        ps.setString(2, kind);
        ps.setString(3, subject);
        ps.executeUpdate();
      }
    }
  }

  /** Usernames are compared without case; anything too long is cut (the column holds 100). */
  private static String key(String s) {
    String k = s == null ? "-" : s.strip().toLowerCase(java.util.Locale.ROOT);
    return k.length() > 100 ? k.substring(0, 100) : k;
  }
}
