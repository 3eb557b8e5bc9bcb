package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reads the access matrix of docs/security.md and checks every cell against the running server, as
 * the demo user of each role in Karawang (and the national monitor): a ✓ must not be refused
 * (401/403; a made-up id or an empty body then gets 400, 404 or 428, and nothing is written), a –
 * must be 403. Screens are opened after a real form sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {
  private static final List<String> USERS =
      List.of(
          "admin.karawang",
          "puskesos.karawang",
          "klik.karawang",
          "p2tp2a.karawang",
          "pendamping.karawang",
          "korkab.karawang",
          "disdukcapil.karawang",
          "pemantau");
  private static final String MISSING_ID = "999999999";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  record Row(String method, String path, List<Boolean> allowed) {}

  /** The rows of the table under the given heading. */
  static List<Row> table(String heading) throws Exception {
    List<String> lines =
        Files.readAllLines(Path.of(System.getProperty("slrt.home"), "docs", "security.md"));
    List<Row> rows = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        in = line.startsWith("## " + heading);
        continue;
      }
      if (!in
          || !line.startsWith("| ")
          || line.startsWith("| method")
          || line.startsWith("| screen")) {
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|");
      List<Boolean> allowed = new ArrayList<>();
      for (int i = 2; i < cells.length; i++) {
        allowed.add(cells[i].strip().equals("✓"));
      }
      assertThat(allowed).as(line).hasSize(USERS.size());
      rows.add(new Row(cells[0].strip(), cells[1].strip(), allowed));
    }
    assertThat(rows).as("rows under " + heading).isNotEmpty();
    return rows;
  }

  private static String concrete(String path) {
    String p =
        path.replace("{tenant}", "karawang")
            .replace("{nik}", "3215014507850002")
            .replace("{code}", "TIDAK-ADA")
            .replace("{round}", "6");
    p = p.replaceAll("\\{[a-zA-Z]+}", MISSING_ID);
    // the duplicate search needs its two parameters before anyone's role is asked
    return p.endsWith("/persons") ? p + "?name=Siti&birthDate=1985-07-05" : p;
  }

  @Test
  void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
    Map<String, String> tokens = new HashMap<>();
    for (String user : USERS) {
      tokens.put(user, Api.token(user));
    }
    SoftAssertions softly = new SoftAssertions();
    for (Row row : table("Endpoints")) {
      for (int i = 0; i < USERS.size(); i++) {
        String user = USERS.get(i);
        String path = concrete(row.path());
        boolean csv = path.endsWith("/imports/dtks") || path.endsWith("/kpm-imports");
        boolean image = path.endsWith("/sheet-photo");
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Authorization", "Bearer " + tokens.get(user))
                .header("Accept", path.endsWith(".csv") ? "text/csv, */*" : "application/json");
        if (row.method().equals("GET")) {
          request.GET();
        } else if (row.method().equals("DELETE")) {
          // as clients send it, without a body: one with a body was answered 400 before the access
          // check, for every role (the national monitor too), by a layer not yet identified
          request.DELETE();
        } else {
          request
              .header("Content-Type", csv ? "text/csv" : image ? "image/jpeg" : "application/json")
              .header("If-Match", "\"" + MISSING_ID + "-0\"")
              .method(row.method(), HttpRequest.BodyPublishers.ofString(csv || image ? "" : "{}"));
        }
        int status =
            HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        String cell = row.method() + " " + row.path() + " as " + user;
        if (row.allowed().get(i)) {
          softly.assertThat(status).as(cell + " (allowed)").isNotIn(401, 403).isLessThan(500);
        } else {
          softly.assertThat(status).as(cell + " (refused)").isEqualTo(403);
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void everyScreenOpensForEachRoleAsTheMatrixSays() throws Exception {
    List<Row> screens = table("Screens");
    SoftAssertions softly = new SoftAssertions();
    for (int i = 0; i < USERS.size(); i++) {
      HttpClient browser = signedIn(USERS.get(i));
      for (Row row : screens) {
        String path =
            row.path().endsWith("household.xhtml") || row.path().endsWith("desk.xhtml")
                ? row.path() + "?id=" + MISSING_ID
                : row.path();
        int status =
            browser
                .send(
                    HttpRequest.newBuilder(URI.create(Browser.APP + path.substring(1))).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        String cell = row.path() + " as " + USERS.get(i);
        if (row.allowed().get(i)) {
          softly.assertThat(status).as(cell + " (allowed)").isNotIn(401, 403).isLessThan(500);
        } else {
          softly.assertThat(status).as(cell + " (refused)").isEqualTo(403);
        }
      }
    }
    softly.assertAll();
  }

  /** A client with the session of a form sign-in, as a browser would have. */
  static HttpClient signedIn(String user) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String page =
        client
            .send(
                HttpRequest.newBuilder(URI.create(Browser.APP + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertThat(state.find()).as("view state on the login page").isTrue();
    String form =
        "login=login&login%3Ausername="
            + enc(user)
            + "&login%3Apassword="
            + enc(Api.DEMO_PASSWORD)
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + enc(state.group(1));
    HttpResponse<String> home =
        client.send(
            HttpRequest.newBuilder(URI.create(Browser.APP + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(home.body()).as("signed in as " + user).contains("id=\"current-user\"");
    return client;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
