package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and broken requests are refused with 4xx, promptly, and the server keeps serving. Each
 * request has a timeout of 20 seconds: a request thread caught in a loop shows as a timeout here
 * (the answers themselves come back in milliseconds; the times are printed, not asserted).
 */
@ExtendWith(ArquillianExtension.class)
class HardenedDoorIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static HttpResponse<String> post(String path, String token, byte[] body, String type)
      throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(Api.BASE + path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      r.header("Authorization", "Bearer " + token);
    }
    long started = System.nanoTime();
    try {
      return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    } finally {
      System.out.printf(
          "%s %d bytes answered in %d ms%n",
          path, body.length, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private static void stillServing() {
    String token = Api.token("puskesos.karawang");
    assertThat(Api.send("GET", "/t/karawang/households?size=1", token, null).status())
        .isEqualTo(200);
  }

  /**
   * Announces a 50 MB body, sends only its first 64 KB, and reads the answer: a 413 that comes back
   * while the rest was never sent is a refusal before reading.
   */
  private static String announceHugeBody(String path, String token) throws Exception {
    try (java.net.Socket socket =
        new java.net.Socket("127.0.0.1", Integer.getInteger("slrt.http.port", 18080))) {
      socket.setSoTimeout(20_000);
      String head =
          "POST /slrt/api/v1"
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
              + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
              + "Content-Length: "
              + 50L * 1024 * 1024
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(new byte[64 * 1024]);
      socket.getOutputStream().flush();
      java.io.BufferedReader in =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      return in.readLine();
    }
  }

  @Test
  void aHugeBodyIsRefusedWith413BeforeItIsReadSignedInOrNot() throws Exception {
    assertThat(announceHugeBody("/auth/token", null)).startsWith("HTTP/1.1 413");
    assertThat(announceHugeBody("/t/karawang/needs", Api.token("puskesos.karawang")))
        .startsWith("HTTP/1.1 413");

    HttpResponse<String> justOver =
        post(
            "/t/karawang/needs",
            Api.token("puskesos.karawang"),
            new byte[1024 * 1024 + 1],
            "application/json");
    assertThat(justOver.statusCode()).isEqualTo(413);
    assertThat(justOver.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    stillServing();
  }

  @Test
  void deeplyNestedUnterminatedBodiesAreRefusedAndDoNotHoldTheServer() throws Exception {
    String token = Api.token("puskesos.karawang");
    byte[] nested = "{\"a\":".repeat(2000).getBytes(StandardCharsets.UTF_8);
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(Api.BASE + "/t/karawang/households"))
              .timeout(Duration.ofSeconds(20))
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + token)
              .POST(HttpRequest.BodyPublishers.ofByteArray(nested))
              .build();
      all.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> f : all) {
      assertThat(f.get().statusCode()).isEqualTo(400);
    }

    String closedDeep = "[".repeat(100) + "]".repeat(100);
    HttpResponse<String> deep =
        post(
            "/t/karawang/needs",
            token,
            closedDeep.getBytes(StandardCharsets.UTF_8),
            "application/json");
    assertThat(deep.statusCode()).isEqualTo(400);
    assertThat(deep.body()).contains("64");
    stillServing();
  }

  @Test
  void truncatedAndWronglyEncodedBodiesAre400() throws Exception {
    String token = Api.token("puskesos.karawang");

    HttpResponse<String> truncated =
        post(
            "/t/karawang/households",
            token,
            "{\"kk\": \"3215011203150001\", \"members\": [{\"name\": \"Siti"
                .getBytes(StandardCharsets.UTF_8),
            "application/json");
    assertThat(truncated.statusCode()).isEqualTo(400);

    byte[] latin1 =
        "{\"nik\": \"3215014507850002\", \"category\": \"EKONOMI\", \"description\": \"Ibu Sit\u00ed\"}"
            .getBytes(StandardCharsets.ISO_8859_1);
    latin1 = java.util.Arrays.copyOf(latin1, latin1.length + 2);
    latin1[latin1.length - 2] = (byte) 0xff;
    latin1[latin1.length - 1] = (byte) 0xfe;
    HttpResponse<String> badBytes = post("/t/karawang/needs", token, latin1, "application/json");
    assertThat(badBytes.statusCode()).isBetween(400, 499);

    HttpResponse<String> noJson =
        post(
            "/auth/token",
            null,
            "username=a&password=b".getBytes(StandardCharsets.UTF_8),
            "application/json");
    assertThat(noJson.statusCode()).isBetween(400, 499);
    stillServing();
  }

  @Test
  void pagingPastTheEndGivesAnEmptyPageAndBadPagingIsRefusedByField() {
    String token = Api.token("puskesos.karawang");

    Api.Reply far = Api.send("GET", "/t/karawang/households?page=5000000&size=500", token, null);
    assertThat(far.status()).isEqualTo(200);
    assertThat(far.json().getJsonArray("items")).isEmpty();
    assertThat(far.json().getInt("page")).isEqualTo(5000000);

    Api.Reply letters = Api.send("GET", "/t/karawang/needs?page=abc", token, null);
    assertThat(letters.status()).isEqualTo(400);
    assertThat(letters.body()).contains("\"page\"");
    Api.Reply size = Api.send("GET", "/t/karawang/households?size=1e3", token, null);
    assertThat(size.status()).isEqualTo(400);
    assertThat(size.body()).contains("\"size\"");
  }

  @Test
  void answersCarrySecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    Api.Reply api =
        Api.send("GET", "/t/karawang/households?size=1", Api.token("puskesos.karawang"), null);
    assertThat(api.raw().headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(api.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");

    HttpResponse<String> login =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(Browser.APP + "login.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    List<String> policies = login.headers().allValues("Content-Security-Policy");
    assertThat(String.join(" | ", policies))
        .contains("frame-ancestors 'none'")
        .contains("object-src 'none'")
        .contains("'nonce-");
    assertThat(login.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(login.headers().firstValue("Cache-Control")).contains("no-store");
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }
}
