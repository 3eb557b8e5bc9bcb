package id.slrt.core.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and verifies the API's bearer tokens: RS256-signed JWTs in the MicroProfile JWT shape
 * ({@code upn}, {@code groups}) plus the caller's {@code tenant} and {@code provider}.
 */
public final class TokenService {
  public static final String ISSUER = "slrt";
  public static final Duration LIFETIME = Duration.ofHours(1);
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  /** Tokens kept at most as verified; past this many the memory is cleared and rebuilt. */
  static final int VERIFIED_MAX = 10_000;

  private final RSAKey key;
  private final Clock clock;

  /**
   * Tokens whose signature was checked, with what they say: a signature check and the parsing of
   * the token were a tenth of the server's CPU in a simple authenticated request (JFR, ./slrt
   * bench), and a client sends the same token for an hour. Found by the whole token, so only a
   * token identical to one checked is taken from here; its expiry is checked at every use, and
   * whether the account still stands as the token says is still asked at every request.
   */
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  private record Verified(AuthenticatedUser user, Instant expires) {}

  public TokenService(RSAKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  public String issue(AuthenticatedUser user) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(user.username())
            .claim("upn", user.username())
            .claim("name", user.displayName())
            .claim("groups", List.copyOf(user.roleNames()))
            .claim("tenant", user.tenantSlug())
            .claim("provider", user.providerCode())
            .claim("unit", user.unitCode())
            .claim("kecamatan", user.kecamatanCode())
            .claim("ver", user.tokenVersion())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
    return jwt.serialize();
  }

  /**
   * The caller named by a token, if the token is ours, intact and not expired. Whether the account
   * still stands as the token says is the {@link UserDirectory}'s question.
   */
  public Optional<AuthenticatedUser> verify(String token) {
    Verified known = verified.get(token);
    if (known != null) {
      if (expired(known.expires())) {
        verified.remove(token);
        return Optional.empty();
      }
      return Optional.of(known.user());
    }
    return check(token);
  }

  private boolean expired(Instant expires) {
    return expires.plus(CLOCK_SKEW).isBefore(clock.instant());
  }

  private Optional<AuthenticatedUser> check(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !key.getKeyID().equals(jwt.getHeader().getKeyID())
          || !jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expires = claims.getExpirationTime();
      if (!ISSUER.equals(claims.getIssuer()) || expires == null || expired(expires.toInstant())) {
        return Optional.empty();
      }
      List<String> groups = claims.getStringListClaim("groups");
      Long version = claims.getLongClaim("ver");
      if (groups == null || groups.isEmpty() || version == null) {
        return Optional.empty();
      }
      AuthenticatedUser user =
          new AuthenticatedUser(
              claims.getSubject(),
              claims.getStringClaim("name"),
              groups.stream().map(Role::valueOf).collect(java.util.stream.Collectors.toSet()),
              claims.getStringClaim("tenant"),
              claims.getStringClaim("provider"),
              claims.getStringClaim("unit"),
              claims.getStringClaim("kecamatan"),
              version.intValue());
      if (verified.size() >= VERIFIED_MAX) {
        verified.clear();
      }
      verified.put(token, new Verified(user, expires.toInstant()));
      return Optional.of(user);
    } catch (ParseException | JOSEException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public long lifetimeSeconds() {
    return LIFETIME.toSeconds();
  }
}
