package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Payara domain as ./slrt sets it up: the admin listener wants a password and, like JMX and
 * IIOP, listens on loopback only (read from the kernel's socket table, nothing is sent elsewhere);
 * no JMS broker; files holding passwords and the server log readable by their owner only.
 */
@ExtendWith(ArquillianExtension.class)
class PayaraHardeningIT {
  private static final int PORT_BASE = Integer.getInteger("slrt.admin.port", 18048) - 48;
  private static final Path DATA = Path.of(System.getProperty("slrt.data.dir", "target/test-data"));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void theAdminListenerRefusesCallersWithoutCredentials() throws Exception {
    HttpResponse<String> management =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + (PORT_BASE + 48) + "/management/domain"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(management.statusCode()).isEqualTo(401);
  }

  /** "address:port" of every listening TCP socket, IPv4 and IPv6. */
  private static List<String> listening() throws Exception {
    List<String> sockets = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
        String[] f = line.trim().split("\\s+");
        if (!f[3].equals("0A")) { // LISTEN
          continue;
        }
        String[] local = f[1].split(":");
        int port = Integer.parseInt(local[1], 16);
        String address = local[0];
        String kind =
            address.matches("0+")
                ? "any"
                : address.equals("0100007F")
                        || address.equals("00000000000000000000000001000000")
                        || address.endsWith("0100007F")
                    ? "loopback"
                    : "other";
        sockets.add(kind + ":" + port);
      }
    }
    return sockets;
  }

  @Test
  void adminJmxAndIiopListenOnLoopbackOnlyAndNoBrokerRuns() throws Exception {
    List<String> sockets = listening();
    int admin = PORT_BASE + 48;
    int jmx = PORT_BASE + 86;
    int iiop = PORT_BASE + 37;
    int jms = PORT_BASE + 76;

    assertThat(sockets).contains("loopback:" + admin).contains("any:" + (PORT_BASE + 80));
    for (int port : List.of(admin, jmx, iiop)) {
      assertThat(sockets).doesNotContain("any:" + port, "other:" + port);
    }
    assertThat(sockets).noneMatch(s -> s.endsWith(":" + jms));
    assertThat(sockets).noneMatch(s -> s.endsWith(":" + (PORT_BASE + 81))); // https listener off
  }

  @Test
  void passwordsAndTheServerLogAreReadableByTheirOwnerOnly() throws Exception {
    Path domain = DATA.resolve("domains/slrt");
    for (Path file :
        List.of(
            DATA.resolve("secrets/admin-password"),
            domain.resolve("config/domain-passwords"),
            domain.resolve("config/domain.xml"),
            domain.resolve("logs/server.log"))) {
      assertThat(file).exists();
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      assertThat(permissions)
          .as(file.toString())
          .doesNotContain(
              PosixFilePermission.GROUP_READ,
              PosixFilePermission.OTHERS_READ,
              PosixFilePermission.GROUP_WRITE,
              PosixFilePermission.OTHERS_WRITE);
    }
  }

  @Test
  void noNikReachesTheServerLog() throws Exception {
    String officer = Api.token("puskesos.karawang");
    String s = Api.serial();
    String nik = "321501450785" + s;
    String family = Api.family("321501120315" + s, nik, "321501010110" + s);
    assertThat(Api.send("POST", "/t/karawang/households", officer, family).status()).isEqualTo(201);
    // the same NIK on another card: the database refuses a duplicate key, which names the NIK
    String again = Api.family("321501120316" + s, nik, "321501010110" + s);
    assertThat(Api.send("POST", "/t/karawang/households", officer, again).status()).isEqualTo(409);
    Api.send(
        "POST",
        "/auth/token",
        null,
        "{\"username\":\"" + nik + "\",\"password\":\"salah-sekali\"}",
        java.util.Map.of("X-Forwarded-For", "203.0.113.77"));

    String log = Files.readString(DATA.resolve("domains/slrt/logs/server.log"));
    assertThat(log).doesNotContain(nik);
  }
}
