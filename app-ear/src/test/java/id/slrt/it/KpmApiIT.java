package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PKH over the API: the P2K2 curriculum, KPM enrolled from intake's families, and who sees them: a
 * facilitator their own groups, a kecamatan coordinator their kecamatan, the district coordinator
 * the district, nobody else.
 */
@ExtendWith(ArquillianExtension.class)
class KpmApiIT {
  private static final String KPM = "/t/karawang/pkh/kpm";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static String participantNumber() {
    return "3215" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
  }

  private static String group() {
    return "KRW-" + ThreadLocalRandom.current().nextInt(1_000_000);
  }

  private static List<String> numbers(Api.Reply page) {
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("participantNumber"))
        .toList();
  }

  @Test
  void theCurriculumNumbersSessionsWithinTheirModule() {
    Api.Reply read =
        Api.send("GET", "/t/karawang/pkh/p2k2-modules", Api.token("pendamping.karawang"), null);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    List<JsonObject> modules = read.parse().asJsonArray().getValuesAs(JsonObject.class);
    // the national five come first; a district may add its own after them (P2k2CatalogueIT does)
    assertThat(modules)
        .extracting(m -> m.getString("code"))
        .startsWith("PPA", "PKPU", "KG", "PA", "KS");
    JsonObject pkpu = modules.get(1);
    List<JsonObject> sessions = pkpu.getJsonArray("sessions").getValuesAs(JsonObject.class);
    assertThat(sessions).extracting(s -> s.getInt("sessionNo")).containsExactly(1, 2, 3);
    assertThat(sessions).extracting(s -> s.getInt("overallNo")).containsExactly(5, 6, 7);
    assertThat(sessions.get(0).getString("title")).contains("Keuangan");
    assertThat(modules.stream().limit(5).mapToInt(m -> m.getJsonArray("sessions").size()).sum())
        .isEqualTo(14);
  }

  @Test
  void aFacilitatorEnrolsAFamilyOfIntakeAndOnlyThoseWhoMaySeeItDo() {
    String officer = Api.token("puskesos.karawang");
    String facilitator = Api.token("pendamping.karawang");
    JsonObject family = Api.registerFamily(officer).json();
    String kk = family.getString("kk");
    JsonObject son = Api.member(family, "Budi Santoso");
    String number = participantNumber();
    String code = group();
    String body =
        ("{\"participantNumber\": \"%s\", \"kk\": \"%s\", \"startYear\": 2019,"
                + " \"components\": [\"LANJUT_USIA\"],"
                + " \"members\": [{\"nik\": \"%s\", \"component\": \"ANAK_SMP\","
                + " \"from\": \"2023-07-01\"}],"
                + " \"groupCode\": \"%s\"}")
            .formatted(number, kk, son.getString("nik"), code);

    // refused input: each field named, nothing written
    Api.Reply bad =
        Api.send(
            "POST",
            KPM,
            facilitator,
            "{\"participantNumber\": \"350304000200082\", \"kk\": \"3215019999990001\","
                + " \"startYear\": 2006, \"components\": [\"KAYA\"],"
                + " \"members\": [{\"component\": \"ANAK_SD\", \"from\": \"kemarin\"}],"
                + " \"groupCode\": \"a b\"}",
            Map.of("Accept-Language", "en"));
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.body())
        .contains("\"field\":\"participantNumber\"")
        .contains("must start with 3215")
        .contains("\"field\":\"kk\"")
        .contains("\"field\":\"startYear\"")
        .contains("\"field\":\"components[0]\"")
        .contains("\"field\":\"members[0].nik\"")
        .contains("\"field\":\"members[0].from\"")
        .contains("\"field\":\"groupCode\"");
    assertThat(Api.send("POST", KPM, facilitator, "[").status()).isEqualTo(400);
    assertThat(numbers(Api.send("GET", KPM + "?size=500", facilitator, null)))
        .doesNotContain("350304000200082");

    Api.Reply made = Api.send("POST", KPM, facilitator, body);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    assertThat(made.raw().headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/pkh/kpm/" + number));
    JsonObject kpm = made.json();
    // the recipient: the family has no wife, so its head, the mother
    assertThat(kpm.getString("recipientName")).isEqualTo("Siti Juariah");
    assertThat(kpm.getString("kk")).isEqualTo(kk);
    assertThat(kpm.getString("groupCode")).isEqualTo(code);
    assertThat(kpm.getString("facilitator")).isEqualTo("pendamping.karawang");
    assertThat(kpm.getString("status")).isEqualTo("AKTIF");
    assertThat(kpm.getInt("countedComponents")).isEqualTo(2);
    assertThat(kpm.getBoolean("naturalGraduationDue")).isFalse();
    assertThat(kpm.getJsonArray("components").getValuesAs(JsonObject.class))
        .anySatisfy(
            c -> {
              assertThat(c.getString("component")).isEqualTo("ANAK_SMP");
              assertThat(c.getString("personName")).isEqualTo("Budi Santoso");
              assertThat(c.getString("from")).isEqualTo("2023-07-01");
            });

    // the same number, or the same family under another number, is a conflict
    assertThat(Api.send("POST", KPM, facilitator, body).status()).isEqualTo(409);
    Api.Reply again = Api.send("POST", KPM, facilitator, body.replace(number, participantNumber()));
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.body()).contains(number);

    // who sees it: the facilitator, the kecamatan's and the district's coordinators, the admin
    for (String user :
        List.of("pendamping.karawang", "korcam.karawang", "korkab.karawang", "admin.karawang")) {
      String token = Api.token(user);
      Api.Reply read = Api.send("GET", KPM + "/" + number, token, null);
      assertThat(read.status()).as(user + " " + read.body()).isEqualTo(200);
      assertThat(numbers(Api.send("GET", KPM + "?size=500&groupCode=" + code, token, null)))
          .as(user)
          .containsExactly(number);
    }
    // another facilitator: as if it did not exist, and the group is not theirs to fill
    String other = Api.token("pendamping2.karawang");
    Api.Reply hidden = Api.send("GET", KPM + "/" + number, other, null);
    Api.Reply missing = Api.send("GET", KPM + "/" + participantNumber(), other, null);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body()).isEqualTo(missing.body());
    assertThat(numbers(Api.send("GET", KPM + "?size=500", other, null))).doesNotContain(number);
    assertThat(
            Api.send("GET", "/t/karawang/pkh/groups", other, null).parse().asJsonArray().stream()
                .map(g -> g.asJsonObject().getString("code")))
        .doesNotContain(code);
    JsonObject second = Api.registerFamily(officer).json();
    Api.Reply intoTheirs =
        Api.send(
            "POST",
            KPM,
            other,
            "{\"participantNumber\": \"%s\", \"kk\": \"%s\", \"groupCode\": \"%s\"}"
                .formatted(participantNumber(), second.getString("kk"), code));
    assertThat(intoTheirs.status()).as(intoTheirs.body()).isEqualTo(400);
    assertThat(intoTheirs.body()).contains("\"field\":\"groupCode\"");
    // the front office has no PKH list at all; another district's admin neither
    assertThat(Api.send("GET", KPM, officer, null).status()).isEqualTo(403);
    assertThat(Api.send("GET", KPM + "/" + number, Api.token("admin.maros"), null).status())
        .isEqualTo(403);

    // the facilitator's groups, with the active KPM
    JsonObject mine =
        Api.send("GET", "/t/karawang/pkh/groups", facilitator, null).parse().asJsonArray().stream()
            .map(g -> g.asJsonObject())
            .filter(g -> g.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
    assertThat(mine.getInt("activeKpm")).isEqualTo(1);
  }

  @Test
  void aCoordinatorOpensAGroupForAFacilitatorAndSeesOnlyTheirKecamatan() {
    String officer = Api.token("puskesos.karawang");
    String korcam = Api.token("korcam.karawang");
    // a family in another kecamatan (32.15.02) than korcam's (32.15.01)
    String s = Api.serial();
    Api.Reply registered =
        Api.send(
            "POST",
            "/t/karawang/households",
            officer,
            Api.family("321502120315" + s, "321502450785" + s, "321502010110" + s)
                .replace("32.15.01.1001", "32.15.02.2001"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String kk = registered.json().getString("kk");
    String code = group();
    String number = participantNumber();
    String body =
        "{\"participantNumber\": \"%s\", \"kk\": \"%s\", \"groupCode\": \"%s\"}"
            .formatted(number, kk, code);
    String korkab = Api.token("korkab.karawang");
    Api.Reply noFacilitator = Api.send("POST", KPM, korkab, body);
    assertThat(noFacilitator.status()).as(noFacilitator.body()).isEqualTo(400);
    assertThat(noFacilitator.body()).contains("\"field\":\"facilitator\"");
    Api.Reply notOne =
        Api.send(
            "POST", KPM, korkab, body.replace("}", ", \"facilitator\": \"puskesos.karawang\"}"));
    assertThat(notOne.status()).isEqualTo(400);
    Api.Reply made =
        Api.send(
            "POST", KPM, korkab, body.replace("}", ", \"facilitator\": \"pendamping2.karawang\"}"));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    assertThat(made.json().getString("facilitator")).isEqualTo("pendamping2.karawang");
    assertThat(
            Api.send("GET", KPM + "/" + number, Api.token("pendamping2.karawang"), null).status())
        .isEqualTo(200);
    // korcam's kecamatan is not this family's
    assertThat(Api.send("GET", KPM + "/" + number, korcam, null).status()).isEqualTo(404);
    assertThat(numbers(Api.send("GET", KPM + "?size=500", korcam, null))).doesNotContain(number);
    assertThat(numbers(Api.send("GET", KPM + "?size=500&status=AKTIF", korkab, null)))
        .contains(number);
    assertThat(Api.send("GET", KPM + "?status=LULUS", korkab, null).status()).isEqualTo(400);
  }
}
