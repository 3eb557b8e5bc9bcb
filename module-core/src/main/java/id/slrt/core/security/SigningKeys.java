package id.slrt.core.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import id.slrt.core.tenancy.PlatformDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The RSA key that signs bearer tokens. Generated on first start and kept in {@code
 * slrt_platform.signing_key}, so every server instance signs and verifies with the same key.
 */
@ApplicationScoped
public class SigningKeys {
  @Inject PlatformDataSource platform;
  @Inject Clock clock;

  private volatile TokenService tokens;

  @Produces
  public TokenService tokenService() {
    TokenService t = tokens;
    if (t == null) {
      synchronized (this) {
        if (tokens == null) {
          tokens = new TokenService(currentKey(), clock);
        }
        t = tokens;
      }
    }
    return t;
  }

  private RSAKey currentKey() {
    try (Connection c = platform.get().getConnection()) {
      Optional<RSAKey> key = first(c);
      if (key.isPresent()) {
        return key.get();
      }
      RSAKey generated = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO signing_key (kid, private_key, public_key, created_at) VALUES"
                  + " (?,?,?,?)")) {
        ps.setString(1, generated.getKeyID());
        ps.setString(2, generated.toJSONString());
        ps.setString(3, generated.toPublicJWK().toJSONString());
        ps.setTimestamp(4, Timestamp.from(Instant.now()));
        ps.executeUpdate();
      }
      // another instance may have raced us: everyone uses the oldest row
      return first(c).orElseThrow();
    } catch (SQLException | JOSEException | ParseException e) {
      throw new IllegalStateException("Cannot load the token signing key", e);
    }
  }

  private static Optional<RSAKey> first(Connection c) throws SQLException, ParseException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT private_key FROM signing_key ORDER BY created_at, kid LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(RSAKey.parse(rs.getString(1))) : Optional.empty();
    }
  }
}
