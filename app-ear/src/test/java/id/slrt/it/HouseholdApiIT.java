package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.persistence.IdBlocks;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The household API of API.md against the real Payara and MariaDB, as a client sees it. */
@ExtendWith(ArquillianExtension.class)
class HouseholdApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void registersAHouseholdAndFindsItByIdListAndNik() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    String kk = "321501120315" + s;
    String mother = "321501450785" + s;
    String son = "321501010110" + s;

    Api.Reply created =
        Api.send("POST", "/t/karawang/households", token, Api.family(kk, mother, son));

    assertThat(created.status()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(created.raw().headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/t/karawang/households/" + id));
    assertThat(created.json().getJsonObject("address").getString("villageName"))
        .isEqualTo("Karawang Kulon");

    Api.Reply read = Api.send("GET", "/t/karawang/households/" + id, token, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.raw().headers().firstValue("ETag")).isPresent();
    assertThat(read.json().getString("kk")).isEqualTo(kk);
    assertThat(read.json().getJsonArray("members")).hasSize(2);

    JsonObject byName =
        Api.send("GET", "/t/karawang/households?q=budi%20santoso&size=500", token, null).json();
    assertThat(byName.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(h -> assertThat(h.getString("kk")).isEqualTo(kk));
    JsonObject byKk = Api.send("GET", "/t/karawang/households?q=" + kk, token, null).json();
    assertThat(byKk.getInt("total")).isEqualTo(1);
    JsonObject byVillage =
        Api.send(
                "GET",
                "/t/karawang/households?villageCode=32.15.01.1001&page=0&size=1",
                token,
                null)
            .json();
    assertThat(byVillage.getInt("size")).isEqualTo(1);
    assertThat(byVillage.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);

    Api.Reply person = Api.send("GET", "/t/karawang/persons/" + son, token, null);
    assertThat(person.status()).isEqualTo(200);
    assertThat(person.json().getJsonNumber("householdId").longValue()).isEqualTo(id);
    assertThat(person.json().getString("sex")).isEqualTo("M");
  }

  @Test
  void refusesAMemberWhoseNikDisagreesWithSexNamingTheField() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    String body = Api.family("321501120315" + s, "321501050785" + s, "321501010110" + s);

    Api.Reply reply = Api.send("POST", "/t/karawang/households", token, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("members[0].nik");
  }

  @Test
  void refusesAVillageOutsideTheDistrict() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    String body =
        Api.family("321501120315" + s, "321501450785" + s, "321501010110" + s)
            .replace("32.15.01.1001", "73.09.01.1001");

    Api.Reply reply = Api.send("POST", "/t/karawang/households", token, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("address.villageCode");
  }

  @Test
  void refusesADuplicateKkOrNikWith409AndWritesNothing() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    String t = Api.serial();
    String kk = "321501120315" + s;
    assertThat(
            Api.send(
                    "POST",
                    "/t/karawang/households",
                    token,
                    Api.family(kk, "321501450785" + s, "321501010110" + s))
                .status())
        .isEqualTo(201);

    Api.Reply sameKk =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            Api.family(kk, "321501450785" + t, "321501010110" + t));
    Api.Reply sameNik =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            Api.family("321501120315" + t, "321501450785" + t, "321501010110" + s));

    // both NIKs of the first family on a new card: the unique key refuses the write, and the
    // answer names every NIK that is taken, as the look-up before the write used to
    String u = Api.serial();
    Api.Reply bothNiks =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            Api.family("321501120315" + u, "321501450785" + s, "321501010110" + s));

    assertThat(sameKk.status()).isEqualTo(409);
    assertThat(sameKk.body()).contains(kk).doesNotContain("321501450785" + t);
    assertThat(sameNik.status()).isEqualTo(409);
    assertThat(sameNik.body())
        .contains("321501010110" + s)
        .doesNotContain("321501450785" + t)
        .doesNotContain("Duplicate entry");
    assertThat(bothNiks.status()).isEqualTo(409);
    assertThat(bothNiks.body())
        .contains("321501010110" + s + ", 321501450785" + s)
        .doesNotContain("321501120315" + u);
    assertThat(Api.send("GET", "/t/karawang/persons/321501450785" + t, token, null).status())
        .isEqualTo(404);
    assertThat(Api.send("GET", "/t/karawang/persons/321501010110" + t, token, null).status())
        .isEqualTo(404);
    // nothing of the refused families was kept: their cards are free for a correct registration
    assertThat(
            Api.send(
                    "POST",
                    "/t/karawang/households",
                    token,
                    Api.family("321501120315" + u, "321501450785" + u, "321501010110" + u))
                .status())
        .isEqualTo(201);
  }

  @Test
  void answersMalformedInputWithProblemsNeverA500() {
    String token = Api.token("puskesos.karawang");

    assertThat(Api.send("POST", "/t/karawang/households", token, "{\"kk\": ").status())
        .isEqualTo(400);
    assertThat(Api.send("POST", "/t/karawang/households", token, "[1,2]").status()).isEqualTo(400);
    assertThat(Api.send("POST", "/t/karawang/households", token, "{}").status()).isEqualTo(400);
    assertThat(Api.send("GET", "/t/karawang/persons/12345", token, null).status()).isEqualTo(400);
    assertThat(Api.send("GET", "/t/karawang/households?size=501", token, null).body())
        .contains("\"field\":\"size\"");
    assertThat(Api.send("GET", "/t/karawang/households/99999999", token, null).status())
        .isEqualTo(404);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndWritesNothing() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    String kk = "321501120315" + s;
    String family = Api.family(kk, "321501450785" + s, "321501010110" + s);
    java.util.Map<String, String> key = java.util.Map.of("Idempotency-Key", "reg-" + kk);

    Api.Reply first = Api.send("POST", "/t/karawang/households", token, family, key);
    Api.Reply retry = Api.send("POST", "/t/karawang/households", token, family, key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(retry.raw().headers().firstValue("Location"))
        .isEqualTo(first.raw().headers().firstValue("Location"));
    assertThat(retry.raw().headers().firstValue("ETag"))
        .isEqualTo(first.raw().headers().firstValue("ETag"));
    assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(retry.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
    assertThat(retry.json().getJsonArray("members")).hasSize(2);
    assertThat(
            Api.send("GET", "/t/karawang/households?q=" + kk, token, null).json().getInt("total"))
        .isEqualTo(1);

    // the same key with another request is refused, and nothing is written
    String other = Api.serial();
    Api.Reply reused =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            Api.family("321501120315" + other, "321501450785" + other, "321501010110" + other),
            key);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.contentType()).startsWith("application/problem+json");
    assertThat(Api.send("GET", "/t/karawang/persons/321501450785" + other, token, null).status())
        .isEqualTo(404);

    // another caller's key space is its own: the same key from admin.karawang is a new request
    Api.Reply otherCaller =
        Api.send("POST", "/t/karawang/households", Api.token("admin.karawang"), family, key);
    assertThat(otherCaller.status()).isEqualTo(409);

    Api.Reply badKey =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            family,
            java.util.Map.of("Idempotency-Key", "has space"));
    assertThat(badKey.status()).isEqualTo(400);
    assertThat(badKey.body()).contains("\"field\":\"Idempotency-Key\"");
  }

  @Test
  void findsPeopleByAnySpellingOfTheirNameAndShowsLikelyDuplicates() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    String kk = "321501120315" + s;
    String mother = "321501450785" + s;
    Api.send("POST", "/t/karawang/households", token, Api.family(kk, mother, "321501010110" + s));

    Api.Reply oldSpelling =
        Api.send("GET", "/t/karawang/households?size=500&q=Sity%20Djuariah", token, null);
    assertThat(oldSpelling.status()).isEqualTo(200);
    assertThat(oldSpelling.body()).contains(kk);
    assertThat(Api.send("GET", "/t/karawang/households?size=500&q=Boedi", token, null).body())
        .contains(kk);

    Api.Reply likely =
        Api.send(
            "GET", "/t/karawang/persons?name=Sity%20Djuariah&birthDate=1985-07-05", token, null);
    assertThat(likely.status()).isEqualTo(200);
    assertThat(likely.body()).contains(mother);
    assertThat(
            Api.send(
                    "GET",
                    "/t/karawang/persons?name=Siti%20Juariah&birthDate=1985-07-05&excludeNik="
                        + mother,
                    token,
                    null)
                .body())
        .doesNotContain(mother);
    assertThat(
            Api.send("GET", "/t/karawang/persons?name=Siti&birthDate=05-07-1985", token, null)
                .status())
        .isEqualTo(400);
  }

  @Test
  void listsTheDistrictsServiceCatalogue() {
    Api.Reply reply = Api.send("GET", "/t/karawang/services", Api.token("admin.karawang"), null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains("\"code\":\"KIS\"").contains("\"slaDays\"");
  }

  @Test
  void idsComeInBlocksThatAPlainWriterAndConcurrentRegistrationsNeverShare() throws Exception {
    String token = Api.token("puskesos.karawang");
    // a bulk loader takes a block of household ids for itself, as the benchmark's loader does
    long taken;
    try (Connection c = karawang()) {
      taken = IdBlocks.take(c, "household", 50);
    }

    List<Callable<JsonObject>> registrations = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      registrations.add(() -> Api.registerFamily(token).json());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<JsonObject> families = new ArrayList<>();
    try {
      for (Future<JsonObject> f : pool.invokeAll(registrations)) {
        families.add(f.get());
      }
    } finally {
      pool.shutdown();
    }

    Set<Long> households = new HashSet<>();
    Set<Long> persons = new HashSet<>();
    for (JsonObject family : families) {
      long id = family.getJsonNumber("id").longValue();
      assertThat(id < taken || id > taken + 49)
          .as("household %d outside the block taken", id)
          .isTrue();
      households.add(id);
      family.getJsonArray("members").getValuesAs(JsonObject.class).stream()
          .map(m -> m.getJsonNumber("id").longValue())
          .forEach(persons::add);
    }
    assertThat(households).hasSize(12);
    assertThat(persons).hasSize(24);
    // each family's two members are in the name index (written in one statement per flush)
    try (Connection c = karawang();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(DISTINCT person_id) FROM person_name_token WHERE household_id = ?")) {
      for (long id : households) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          assertThat(rs.getInt(1)).as("indexed members of household " + id).isEqualTo(2);
        }
      }
    }
  }

  private static Connection karawang() throws Exception {
    return DriverManager.getConnection(
        "jdbc:mysql://127.0.0.1:" + System.getProperty("slrt.db.port") + "/slrt_karawang",
        System.getProperty("slrt.db.user"),
        System.getProperty("slrt.db.password"));
  }
}
