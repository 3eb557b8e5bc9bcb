package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The proof that a violence case shows nowhere but to its managers. Every endpoint of
 * docs/security.md that lists, counts or exports (every GET without an id, and the victim's family
 * by its id) and every screen, as every role of the district but the case's assigned managers (an
 * unassigned case manager included) and the national monitor, is read before and after a case is
 * opened, handled under consent and a KLIK violence-desk disclosure is handed over and taken: the
 * answers are the same, byte for byte (the admin's own audit trail, which records the reads
 * themselves, only has to hold nothing of the cases). Every path with a case's id answers each of
 * them as for a case that does not exist, in about the same time.
 */
@ExtendWith(ArquillianExtension.class)
class ConfidentialityIT {
  /** The district's users, in the order of the matrix's columns, and the column each one reads. */
  private static final Map<String, Integer> USERS = new LinkedHashMap<>();

  static {
    USERS.put("admin.karawang", 0);
    USERS.put("puskesos.karawang", 1);
    USERS.put("klik.karawang", 2);
    USERS.put("p2tp2a.karawang", 3); // a case manager, not assigned to these cases
    USERS.put("pendamping.karawang", 4);
    USERS.put("korkab.karawang", 5);
    USERS.put("disdukcapil.karawang", 6);
    USERS.put("dinkes.karawang", 6);
    USERS.put("pemantau", 7);
  }

  private static final String NO_SUCH_CASE = "0000-0000-0000";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void nothingOfACaseShowsToAnyoneButItsManagers() throws Exception {
    Api.send(
        "DELETE", "/t/karawang/p2tp2a/heads/p2tp2a.karawang", Api.token("admin.karawang"), null);
    // what changes for reasons of its own happens first: every sign-in, the family, the KLIK day
    String counsellor = Api.token("konselor.karawang");
    String cadre = Api.token("klik.karawang");
    Map<String, String> tokens = new LinkedHashMap<>();
    Map<String, HttpClient> sessions = new LinkedHashMap<>();
    for (String user : USERS.keySet()) {
      tokens.put(user, Api.token(user));
      sessions.put(user, AccessMatrixIT.signedIn(user));
    }
    JsonObject family = Api.registerFamily(Api.token("puskesos.karawang")).json();
    String nik = Api.member(family, "Siti Juariah").getString("nik");
    long household = family.getJsonNumber("id").longValue();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Api.Reply event =
        Api.send(
            "POST",
            "/t/karawang/klik-events",
            cadre,
            "{\"villageCode\": \"32.15.01.1001\", \"heldOn\": \"%s\", \"organizer\": \"PEKKA\"}"
                .formatted(today));
    assertThat(event.status()).as(event.body()).isEqualTo(201);
    String consultations =
        "/t/karawang/klik-events/" + event.json().getJsonNumber("id") + "/consultations";

    Map<String, Answer> before = readEverything(tokens, sessions, household, nik);

    // a case at P2TP2A about the registered mother, handled under her consent
    String secret = "RAHASIA-" + Api.serial();
    Api.Reply opened =
        Api.send(
            "POST",
            "/t/karawang/violence-cases",
            counsellor,
            ("{\"victim\": {\"nik\": \"%s\"}, \"violenceTypes\": [\"FISIK\", \"PSIKIS\"],"
                    + " \"perpetratorRelation\": \"SUAMI_ISTRI\", \"perpetratorInSameKk\": true,"
                    + " \"safeContact\": \"Kakak korban\", \"narrative\": \"%s\","
                    + " \"consentSocialProtection\": true}")
                .formatted(nik, secret));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String ref = opened.json().getString("id");
    String path = "/t/karawang/violence-cases/" + ref;
    for (String step : List.of("ASESMEN", "PSIKOSOSIAL")) {
      Api.Reply done =
          Api.send(
              "POST",
              path + "/steps",
              counsellor,
              "{\"step\": \"%s\", \"doneOn\": \"%s\"}".formatted(step, today));
      assertThat(done.status()).as(done.body()).isEqualTo(200);
    }
    assertThat(Api.send("GET", path + "/social-protection", counsellor, null).status())
        .isEqualTo(200);
    // a disclosure at a KLIK violence desk, handed over and taken by the same manager
    Api.Reply told =
        Api.send(
            "POST",
            consultations,
            cadre,
            "{\"desk\": \"PENGADUAN_KEKERASAN\", \"sex\": \"F\", \"topic\": \"%s\"}"
                .formatted(secret));
    assertThat(told.status()).as(told.body()).isEqualTo(201);
    String handedOver = told.json().getString("handOverReference");
    awaitHandOver(counsellor, handedOver);
    assertThat(
            Api.send("POST", "/t/karawang/violence-cases/" + handedOver + "/take", counsellor, null)
                .status())
        .isEqualTo(200);

    Map<String, Answer> after = readEverything(tokens, sessions, household, nik);

    SoftAssertions softly = new SoftAssertions();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (Map.Entry<String, Answer> read : after.entrySet()) {
      Answer then = before.get(read.getKey());
      Answer now = read.getValue();
      softly.assertThat(now.body()).as(read.getKey()).doesNotContain(secret, ref, handedOver);
      if (read.getKey().contains(" /t/karawang/audit")
          || read.getKey().contains(" /app/admin/audit.xhtml")) {
        continue; // the trail records these very reads; it only must hold nothing of the cases
      }
      softly.assertThat(now.status()).as(read.getKey()).isEqualTo(then.status());
      softly
          .assertThat(difference(then.body(), now.body()))
          .as(read.getKey() + ": the first difference, before | after")
          .isEmpty();
    }
    softly.assertAll();
    assertThat(before).as("reads compared").hasSizeGreaterThan(200);
    // the managers' work is in the cases' access logs only: the admin's trail has their sign-ins
    assertThat(
            Api.send(
                    "GET",
                    "/t/karawang/audit?user=konselor.karawang&size=500",
                    tokens.get("admin.karawang"),
                    null)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("action")))
        .allMatch(a -> a.startsWith("auth."));

    // every path with a case's id, for every method, as for a case that does not exist
    for (AccessMatrixIT.Row row : AccessMatrixIT.table("Endpoints")) {
      if (!row.path().startsWith("/t/{tenant}/violence-cases/{id}")) {
        continue;
      }
      for (String user : USERS.keySet()) {
        for (String id : List.of(ref, handedOver)) {
          String concrete =
              row.path()
                  .replace("{tenant}", "karawang")
                  .replace("{id}", id)
                  .replaceAll("\\{[a-zA-Z]+}", "1");
          String body = row.method().equals("GET") ? null : "{}";
          Api.Reply real = Api.send(row.method(), concrete, tokens.get(user), body);
          Api.Reply missing =
              Api.send(row.method(), concrete.replace(id, NO_SUCH_CASE), tokens.get(user), body);
          String cell = row.method() + " " + row.path() + " as " + user;
          softly.assertThat(real.status()).as(cell).isEqualTo(missing.status()).isIn(400, 403, 404);
          softly.assertThat(real.body()).as(cell).isEqualTo(missing.body());
        }
      }
    }
    softly.assertAll();

    // and in about the same time: one query of the same shape either way
    for (String user : List.of("admin.karawang", "puskesos.karawang", "p2tp2a.karawang")) {
      List<Long> real = new ArrayList<>();
      List<Long> missing = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        real.add(timed(path, tokens.get(user)));
        missing.add(timed("/t/karawang/violence-cases/" + NO_SUCH_CASE, tokens.get(user)));
      }
      double a = median(real.subList(10, real.size()));
      double b = median(missing.subList(10, missing.size()));
      assertThat(Math.abs(a - b))
          .as("%s: median %.2f ms for the case, %.2f ms for none", user, a / 1e6, b / 1e6)
          .isLessThan(Math.max(2_000_000, 0.25 * Math.max(a, b)));
    }
  }

  record Answer(int status, String body) {}

  /**
   * Every GET of the matrix without an id (and the victim's family and person by theirs) and every
   * screen each user may open, keyed by user and path.
   */
  private static Map<String, Answer> readEverything(
      Map<String, String> tokens, Map<String, HttpClient> sessions, long household, String nik)
      throws Exception {
    Map<String, Answer> answers = new LinkedHashMap<>();
    List<AccessMatrixIT.Row> endpoints = AccessMatrixIT.table("Endpoints");
    List<AccessMatrixIT.Row> screens = AccessMatrixIT.table("Screens");
    for (Map.Entry<String, Integer> user : USERS.entrySet()) {
      for (AccessMatrixIT.Row row : endpoints) {
        Optional<String> path = readable(row, household, nik);
        if (path.isEmpty() || !row.allowed().get(user.getValue())) {
          continue;
        }
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(Api.BASE + path.get()))
                        .header("Authorization", "Bearer " + tokens.get(user.getKey()))
                        .header(
                            "Accept",
                            path.get().contains(".csv") ? "text/csv, */*" : "application/json")
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        answers.put(user.getKey() + " GET " + path.get(), new Answer(r.statusCode(), r.body()));
      }
      for (AccessMatrixIT.Row row : screens) {
        if (!row.allowed().get(user.getValue())) {
          continue;
        }
        String screen =
            row.path().endsWith("/household.xhtml") ? row.path() + "?id=" + household : row.path();
        HttpResponse<String> r =
            sessions
                .get(user.getKey())
                .send(
                    HttpRequest.newBuilder(URI.create(Browser.APP + screen.substring(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
        answers.put(
            user.getKey() + " screen " + screen, new Answer(r.statusCode(), page(r.body())));
      }
    }
    return answers;
  }

  /** The path to read for a row, when it is a read this proof makes. */
  private static Optional<String> readable(AccessMatrixIT.Row row, long household, String nik) {
    if (!row.method().equals("GET")) {
      return Optional.empty();
    }
    String p = row.path().replace("{tenant}", "karawang");
    if (p.startsWith("/t/karawang/households/{id}") && !p.contains("{personId}")) {
      p = p.replace("{id}", Long.toString(household));
    }
    p = p.replace("{nik}", nik);
    if (p.contains("{") || p.startsWith("/t/karawang/violence-cases")) {
      // the case manager's own lists are hers; a case's paths are compared one by one below
      return Optional.empty();
    }
    return Optional.of(p.endsWith("/persons") ? p + "?name=Siti&birthDate=1985-07-05" : p);
  }

  /**
   * A screen's page without what differs on every rendering: the view state, the nonce of the
   * content security policy, the random ids of closable messages and the event handlers registered
   * for them (in no fixed order).
   */
  private static String page(String html) {
    return html.replaceAll("(jakarta\\.faces\\.ViewState[^>]*value=\")[^\"]*\"", "$1\"")
        .replaceAll("(id=\"j_id[^\"]*\")", "")
        .replaceAll("nonce=\"[^\"]*\"", "")
        .replaceAll("csp\\.init\\('[^']*'\\)", "csp.init()")
        .replaceAll("[0-9a-f]{8}(\\\\?-[0-9a-f]{4}){3}\\\\?-[0-9a-f]{12}", "uuid")
        .replaceAll("(?s)<script >PrimeFaces\\.csp\\.register.*?</script>", "");
  }

  /** Where two answers first differ, with some context of each; empty when they are the same. */
  private static String difference(String a, String b) {
    if (a.equals(b)) {
      return "";
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 120);
    return a.substring(from, Math.min(a.length(), i + 120))
        + " | "
        + b.substring(from, Math.min(b.length(), i + 120));
  }

  private static void awaitHandOver(String manager, String ref) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (Api.send("GET", "/t/karawang/violence-cases/hand-overs?size=500", manager, null)
          .body()
          .contains(ref)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("hand-over " + ref + " never arrived");
  }

  private static long timed(String path, String token) {
    long start = System.nanoTime();
    Api.send("GET", path, token, null);
    return System.nanoTime() - start;
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(Long::compare);
    return sorted.get(sorted.size() / 2);
  }
}
