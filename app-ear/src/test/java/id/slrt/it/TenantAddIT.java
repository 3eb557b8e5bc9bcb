package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A district added with {@code ./slrt tenant add} while the server runs: no rebuild, no redeploy,
 * its own schema, its regions only, its users, and still walled off from the others.
 */
@ExtendWith(ArquillianExtension.class)
class TenantAddIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aDistrictAddedAtRunTimeServesItsUsersWithoutRedeploy() throws Exception {
    String karawang = Api.token("admin.karawang");
    assertThat(Api.send("GET", "/t/sukabumi/services", karawang, null).status()).isEqualTo(404);

    String output = slrt("tenant", "add", "sukabumi", "32.02");
    assertThat(output).contains("sukabumi");

    // the running server discovers the district by itself and creates its demo users
    String sukabumi = awaitToken("admin.sukabumi", Duration.ofSeconds(60));
    String s = Api.serial();
    String kk = "320201120315" + s;
    String family =
        """
        {"kk": "%s", "address": {"villageCode": "32.02.01.2002", "rt": "001", "rw": "002"},
         "members": [{"nik": "320201450785%s", "name": "Euis Kurniasih", "sex": "F",
                      "birthDate": "1985-07-05", "relationship": "KEPALA_KELUARGA"}]}
        """
            .formatted(kk, s);
    Api.Reply created = Api.send("POST", "/t/sukabumi/households", sukabumi, family);
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    // a Karawang village is not Sukabumi's
    Api.Reply foreign =
        Api.send(
            "POST",
            "/t/sukabumi/households",
            sukabumi,
            family.replace("32.02.01.2002", "32.15.01.1001").replace(kk, "320201120315" + "9999"));
    assertThat(foreign.status()).isEqualTo(400);

    // the wall holds both ways
    assertThat(Api.send("GET", "/t/karawang/households", sukabumi, null).status()).isEqualTo(403);
    assertThat(Api.send("GET", "/t/sukabumi/households", karawang, null).status()).isEqualTo(403);
    Api.Reply search = Api.send("GET", "/t/karawang/households?q=" + kk, karawang, null);
    assertThat(search.json().getInt("total")).isZero();

    // adding it again is harmless and keeps the data; a second tenant for the same regency and
    // a regency that does not exist are refused with a clear message
    slrt("tenant", "add", "sukabumi", "32.02");
    Api.Reply kept = Api.send("GET", "/t/sukabumi/households?q=" + kk, sukabumi, null);
    assertThat(kept.json().getInt("total")).isEqualTo(1);
    assertThat(refused("tenant", "add", "sukabumi2", "32.02")).contains("already tenant sukabumi");
    assertThat(refused("tenant", "add", "atlantis", "32.99")).contains("does not exist");
  }

  private static String refused(String... args) throws Exception {
    Process process = start(args);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isNotZero();
    assertThat(output).doesNotContain("Exception");
    return output;
  }

  private static String awaitToken(String username, Duration patience) throws Exception {
    Instant until = Instant.now().plus(patience);
    while (true) {
      try {
        return Api.token(username);
      } catch (IllegalStateException e) {
        if (Instant.now().isAfter(until)) {
          throw e;
        }
        Thread.sleep(1000);
      }
    }
  }

  private static String slrt(String... args) throws Exception {
    Process process = start(args);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  private static Process start(String... args) throws IOException {
    File home = new File(System.getProperty("slrt.home"));
    String[] command = new String[args.length + 1];
    command[0] = new File(home, "slrt").getPath();
    System.arraycopy(args, 0, command, 1, args.length);
    // the environment of ./slrt test (data directory, ports, database account) is inherited
    return new ProcessBuilder(command).directory(home).redirectErrorStream(true).start();
  }
}
