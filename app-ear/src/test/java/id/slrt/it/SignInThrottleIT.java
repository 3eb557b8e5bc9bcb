package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Repeated failed sign-ins are answered 429 with Retry-After, per username and per address, even
 * with the right password. The test server trusts X-Forwarded-For from loopback (as behind a
 * reverse proxy), so that each test speaks from addresses of its own (documentation range
 * 203.0.113.0/24: header values only, nothing is sent there).
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static Api.Reply signIn(String username, String password, String address) {
    return Api.send(
        "POST",
        "/auth/token",
        null,
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
        Map.of("X-Forwarded-For", address));
  }

  @Test
  void aUsernameIsHeldBackAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
    String admin = Api.token("admin.trenggalek");
    String username = "sari.coba" + Api.serial();
    Api.Reply created =
        Api.send(
            "POST",
            "/t/trenggalek/users",
            admin,
            "{\"username\":\"" + username + "\",\"name\":\"Sari\",\"roles\":[\"KADER_KLIK\"]}");
    String oneTime = created.json().getString("oneTimePassword");

    for (int i = 0; i < 5; i++) {
      assertThat(signIn(username, "tebakan-ke-" + i, "203.0.113." + (10 + i)).status())
          .isEqualTo(401);
    }
    Api.Reply held = signIn(username, oneTime, "203.0.113.99");

    assertThat(held.status()).isEqualTo(429);
    assertThat(held.contentType()).startsWith("application/problem+json");
    long retryAfter = Long.parseLong(held.raw().headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 2L);
    assertThat(held.body()).doesNotContain(oneTime);

    Thread.sleep(retryAfter * 1000 + 200);
    assertThat(signIn(username, oneTime, "203.0.113.99").status()).isEqualTo(403);
  }

  @Test
  void anAddressIsHeldBackAfterTwentyFailuresWhateverTheUsername() {
    String address = "203.0.113.200";
    for (int i = 0; i < 20; i++) {
      assertThat(signIn("orang" + i + ".tidak.ada", "salah-terus-" + i, address).status())
          .isEqualTo(401);
    }

    assertThat(signIn("orang.lain", "salah", address).status()).isEqualTo(429);
    assertThat(signIn("orang.lain", "salah", "203.0.113.201").status()).isEqualTo(401);
  }

  @Test
  void theClientCannotChooseItsAddressWhenNotBehindATrustedProxy() {
    // every call of this suite comes from loopback, which the test server trusts; an address
    // header that is not an address is ignored and the connection's own address is used
    Api.Reply reply = signIn("tak.dikenal", "salah", "bukan-alamat");
    assertThat(reply.status()).isEqualTo(401);
  }
}
