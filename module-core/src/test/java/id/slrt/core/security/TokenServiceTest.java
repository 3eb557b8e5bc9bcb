package id.slrt.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenServiceTest {
  private static RSAKey key;
  private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

  @BeforeAll
  static void key() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
  }

  private static TokenService at(Instant when) {
    return new TokenService(key, Clock.fixed(when, ZoneOffset.UTC));
  }

  private static final AuthenticatedUser MITRA =
      new AuthenticatedUser(
          "disdukcapil.maros",
          "Disdukcapil Maros",
          Set.of(Role.MITRA_DINAS),
          "maros",
          "DISDUKCAPIL",
          null,
          "73.09.01",
          7);

  @Test
  void aTokenCarriesTheRolesScopeAndAccountVersion() {
    String token = at(NOW).issue(MITRA);

    assertThat(at(NOW.plusSeconds(60)).verify(token)).contains(MITRA);
  }

  @Test
  void refusesAnExpiredToken() {
    String token = at(NOW).issue(MITRA);

    assertThat(at(NOW.plusSeconds(3600 + 31)).verify(token)).isEmpty();
  }

  @Test
  void refusesATokenSignedWithAnotherKey() throws Exception {
    RSAKey other = new RSAKeyGenerator(2048).keyID("k1").generate();
    String forged = new TokenService(other, Clock.fixed(NOW, ZoneOffset.UTC)).issue(MITRA);

    assertThat(at(NOW).verify(forged)).isEmpty();
  }

  @Test
  void aTokenCheckedOnceIsStillRefusedOnceItExpiresAndAChangedOneIsCheckedAgain() {
    Instant[] now = {NOW};
    Clock moving =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    TokenService tokens = new TokenService(key, moving);
    String token = tokens.issue(MITRA);
    assertThat(tokens.verify(token)).contains(MITRA);
    assertThat(tokens.verify(token)).contains(MITRA);

    // one character of the signature changed: not the token that was checked
    int last = token.length() - 2;
    String altered =
        token.substring(0, last)
            + (token.charAt(last) == 'A' ? 'B' : 'A')
            + token.substring(last + 1);
    assertThat(tokens.verify(altered)).isEmpty();

    now[0] = NOW.plusSeconds(3600 + 31);
    assertThat(tokens.verify(token)).isEmpty();
  }
}
