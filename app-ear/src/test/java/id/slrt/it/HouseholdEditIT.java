package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Correcting a household and its members over the API: every edit names the version it read
 * (If-Match), a stale edit is refused and never overwrites, and nothing is ever deleted.
 */
@ExtendWith(ArquillianExtension.class)
class HouseholdEditIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static String etag(Api.Reply reply) {
    return reply.raw().headers().firstValue("ETag").orElseThrow();
  }

  private static Map<String, String> ifMatch(String etag) {
    return Map.of("If-Match", etag);
  }

  @Test
  void editsNeedTheLatestVersionAndAStaleEditNeverOverwrites() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    Api.Reply created =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            Api.family("321501120315" + s, "321501450785" + s, "321501010110" + s));
    String path = "/t/karawang/households/" + created.json().getJsonNumber("id");
    String first = etag(Api.send("GET", path, token, null));
    String move =
        "{\"address\": {\"villageCode\": \"32.15.01.1001\", \"rt\": \"7\", \"rw\": \"5\"},"
            + " \"femaleHeaded\": true}";

    Api.Reply blind = Api.send("PUT", path, token, move);
    assertThat(blind.status()).isEqualTo(428);
    assertThat(blind.contentType()).startsWith("application/problem+json");

    Api.Reply moved = Api.send("PUT", path, token, move, ifMatch(first));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().getJsonObject("address").getString("rt")).isEqualTo("007");
    String second = etag(moved);
    assertThat(second).isNotEqualTo(first);

    // a colleague who still holds the first version cannot overwrite the move
    Api.Reply stale =
        Api.send(
            "PUT",
            path,
            token,
            move.replace("\"7\"", "\"9\"").replace("true", "false"),
            ifMatch(first));
    assertThat(stale.status()).isEqualTo(412);
    JsonObject now = Api.send("GET", path, token, null).json();
    assertThat(now.getJsonObject("address").getString("rt")).isEqualTo("007");
    assertThat(now.getBoolean("femaleHeaded")).isTrue();

    // correcting only a member still moves the household's version
    long sonId = Api.member(now, "Budi Santoso").getJsonNumber("id").longValue();
    String son =
        """
        {"nik": "321501010110%s", "name": "Budi Santoso", "sex": "M", "birthDate": "2010-01-01",
         "relationship": "ANAK", "education": "SMP", "occupation": "Pelajar",
         "maritalStatus": "BELUM_KAWIN"}
        """
            .formatted(s);
    Api.Reply corrected = Api.send("PUT", path + "/members/" + sonId, token, son, ifMatch(second));
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(Api.member(corrected.json(), "Budi Santoso").getString("education"))
        .isEqualTo("SMP");
    String third = etag(corrected);
    assertThat(third).isNotEqualTo(second);
    assertThat(Api.send("PUT", path + "/members/" + sonId, token, son, ifMatch(second)).status())
        .isEqualTo(412);

    // a newborn without documents is recorded all the same, as not yet matched with Dukcapil
    Api.Reply born =
        Api.send(
            "POST",
            path + "/members",
            token,
            "{\"name\": \"Ujang\", \"sex\": \"M\", \"birthDate\": \"2026-01-15\","
                + " \"relationship\": \"CUCU\"}",
            ifMatch(third));
    assertThat(born.status()).as(born.body()).isEqualTo(200);
    JsonObject ujang = Api.member(born.json(), "Ujang");
    assertThat(ujang.containsKey("nik")).isFalse();
    assertThat(ujang.getString("dukcapilStatus")).isEqualTo("BELUM_PADAN");

    // the son moves away: he stays in the record, with the date
    String fourth = etag(born);
    Api.Reply left =
        Api.send(
            "POST",
            path + "/members/" + sonId + "/departures",
            token,
            "{\"status\": \"PINDAH\", \"date\": \"2026-11-01\"}",
            ifMatch(fourth));
    assertThat(left.status()).as(left.body()).isEqualTo(200);
    JsonObject budi = Api.member(left.json(), "Budi Santoso");
    assertThat(budi.getString("status")).isEqualTo("PINDAH");
    assertThat(budi.getString("statusDate")).isEqualTo("2026-11-01");
    Api.Reply again =
        Api.send(
            "POST",
            path + "/members/" + sonId + "/departures",
            token,
            "{\"status\": \"MENINGGAL\", \"date\": \"2026-11-02\"}",
            ifMatch(etag(left)));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("\"field\":\"status\"");
  }

  @Test
  void refusesBadEditsWithFieldPathsAndNeverLetsAnotherDistrictIn() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    Api.Reply created =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            Api.family("321501120315" + s, "321501450785" + s, "321501010110" + s));
    long id = created.json().getJsonNumber("id").longValue();
    String path = "/t/karawang/households/" + id;
    String etag = etag(created);

    Api.Reply foreignVillage =
        Api.send(
            "PUT",
            path,
            token,
            "{\"address\": {\"villageCode\": \"73.09.01.1001\"}, \"femaleHeaded\": false}",
            ifMatch(etag));
    assertThat(foreignVillage.status()).isEqualTo(400);
    assertThat(foreignVillage.body()).contains("\"field\":\"address.villageCode\"");

    // a NIK already in another family is moved, never registered twice
    String t = Api.serial();
    Api.send(
        "POST",
        "/t/karawang/households",
        token,
        Api.family("321501120315" + t, "321501450785" + t, "321501010110" + t));
    Api.Reply taken =
        Api.send(
            "POST",
            path + "/members",
            token,
            "{\"nik\": \"321501450785%s\", \"name\": \"Siti\", \"sex\": \"F\",".formatted(t)
                + " \"birthDate\": \"1985-07-05\", \"relationship\": \"FAMILI_LAIN\"}",
            ifMatch(etag));
    assertThat(taken.status()).isEqualTo(409);

    assertThat(Api.send("PUT", path, token, "{\"femaleHeaded\": ", ifMatch(etag)).status())
        .isEqualTo(400);
    assertThat(Api.send("PUT", path + "/members/999999999", token, "{}", ifMatch(etag)).status())
        .isEqualTo(404);
    assertThat(Api.send("PUT", path, token, "{}", ifMatch("\"" + (id + 1) + "-0\"")).status())
        .isEqualTo(412);

    String maros = Api.token("puskesos.maros");
    assertThat(Api.send("PUT", path, maros, "{}", ifMatch(etag)).status()).isEqualTo(403);
    assertThat(Api.send("PUT", "/t/maros/households/" + id, maros, "{}", ifMatch(etag)).status())
        .isIn(404, 412);
    assertThat(Api.send("GET", path, token, null).json().getJsonObject("address").getString("rt"))
        .isEqualTo("002");
  }

  @Test
  void keepsWelfareStatusAsDatedSnapshotsNeverOverwritten() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    Api.Reply created =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            Api.family("321501120315" + s, "321501450785" + s, "321501010110" + s));
    String path = "/t/karawang/households/" + created.json().getJsonNumber("id");

    Api.Reply dtks =
        Api.send(
            "POST",
            path + "/welfare-status",
            token,
            "{\"register\": \"DTKS\", \"registered\": true, \"source\": \"SIKS-NG\","
                + " \"asOf\": \"2024-06-30\"}");
    assertThat(dtks.status()).as(dtks.body()).isEqualTo(201);
    Api.send(
        "POST",
        path + "/welfare-status",
        token,
        "{\"register\": \"DTSEN\", \"registered\": true, \"desil\": 3,"
            + " \"asOf\": \"2026-03-31\"}");
    Api.send(
        "POST",
        path + "/welfare-status",
        token,
        "{\"register\": \"DTSEN\", \"registered\": true, \"desil\": 5,"
            + " \"asOf\": \"2026-09-30\"}");

    JsonObject household = Api.send("GET", path, token, null).json();
    assertThat(household.getJsonArray("welfare")).hasSize(2);
    assertThat(
            household.getJsonArray("welfare").stream()
                .map(JsonObject.class::cast)
                .filter(w -> w.getString("register").equals("DTSEN"))
                .findFirst()
                .orElseThrow()
                .getInt("desil"))
        .isEqualTo(5);
    Api.Reply history = Api.send("GET", path + "/welfare-status", token, null);
    assertThat(history.parse().asJsonArray())
        .extracting(v -> v.asJsonObject().getString("asOf"))
        .containsExactly("2026-09-30", "2026-03-31", "2024-06-30");

    Api.Reply wrong =
        Api.send(
            "POST",
            path + "/welfare-status",
            token,
            "{\"register\": \"DTKS\", \"registered\": false, \"desil\": 11,"
                + " \"asOf\": \"2099-01-01\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"field\":\"desil\"").contains("\"field\":\"asOf\"");
    assertThat(Api.send("GET", path + "/welfare-status", token, null).parse().asJsonArray())
        .hasSize(3);
  }

  /** A made-up surname no other family has: the serial's digits as letters ("0193" is "Kalomu"). */
  private static String surname(String serial) {
    String[] syllables = {"ka", "lo", "mu", "ri", "te", "sa", "no", "pe", "gi", "wu"};
    StringBuilder name = new StringBuilder("Bha");
    for (char c : serial.toCharArray()) {
      name.append(syllables[c - '0']);
    }
    return name.toString();
  }

  private static String kksFound(String token, String q) {
    Api.Reply found =
        Api.send("GET", "/t/karawang/households?size=500&q=" + q.replace(" ", "%20"), token, null);
    assertThat(found.status()).isEqualTo(200);
    return found.body();
  }

  @Test
  void theNameSearchFollowsARenamedMemberAndAMemberWhoMovedToAnotherCard() {
    String token = Api.token("puskesos.karawang");
    String a = Api.serial();
    String b = Api.serial();
    String kkA = "321501120315" + a;
    String kkB = "321501120315" + b;
    JsonObject first =
        Api.send(
                "POST",
                "/t/karawang/households",
                token,
                Api.family(kkA, "321501450785" + a, "321501010110" + a))
            .json();
    JsonObject second =
        Api.send(
                "POST",
                "/t/karawang/households",
                token,
                Api.family(kkB, "321501450785" + b, "321501010110" + b))
            .json();
    String from = "/t/karawang/households/" + first.getJsonNumber("id");
    long sonId = Api.member(first, "Budi Santoso").getJsonNumber("id").longValue();
    String newName = "Cecep " + surname(a);

    Api.Reply renamed =
        Api.send(
            "PUT",
            from + "/members/" + sonId,
            token,
            """
            {"nik": "321501010110%s", "name": "%s", "sex": "M", "birthDate": "2010-01-01",
             "relationship": "ANAK"}
            """
                .formatted(a, newName),
            ifMatch(etag(Api.send("GET", from, token, null))));
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    // found by the new name in another spelling, with the member shown as matched
    assertThat(kksFound(token, "Tjetjep " + surname(a)))
        .contains(kkA)
        .contains("\"matchedMember\":\"" + newName + "\"")
        .doesNotContain(kkB);
    assertThat(kksFound(token, surname(a))).contains(kkA);
    // no longer by the old name together with the new surname
    assertThat(kksFound(token, "Budi " + surname(a))).doesNotContain(kkA);

    Api.Reply moved =
        Api.send(
            "POST",
            from + "/members/" + sonId + "/moves",
            token,
            "{\"toHouseholdId\": %s, \"relationship\": \"FAMILI_LAIN\", \"reason\": \"ikut bibi\"}"
                .formatted(second.getJsonNumber("id")),
            ifMatch(etag(Api.send("GET", from, token, null))));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(kksFound(token, newName)).contains(kkB).doesNotContain(kkA);
  }

  @Test
  void movesAPersonToAnotherFamilyCardAndKeepsTheMove() {
    String token = Api.token("puskesos.karawang");
    String a = Api.serial();
    String b = Api.serial();
    JsonObject first =
        Api.send(
                "POST",
                "/t/karawang/households",
                token,
                Api.family("321501120315" + a, "321501450785" + a, "321501010110" + a))
            .json();
    Api.Reply secondReply =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            Api.family("321501120315" + b, "321501450785" + b, "321501010110" + b));
    JsonObject second = secondReply.json();
    String from = "/t/karawang/households/" + first.getJsonNumber("id");
    long sonId = Api.member(first, "Budi Santoso").getJsonNumber("id").longValue();
    String move =
        "{\"toHouseholdId\": %s, \"relationship\": \"FAMILI_LAIN\", \"reason\": \"ikut bibi\"}"
            .formatted(second.getJsonNumber("id"));
    String etag = etag(Api.send("GET", from, token, null));

    Api.Reply moved =
        Api.send("POST", from + "/members/" + sonId + "/moves", token, move, ifMatch(etag));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.body()).doesNotContain("Budi Santoso");
    JsonObject target =
        Api.send("GET", "/t/karawang/households/" + second.getJsonNumber("id"), token, null).json();
    assertThat(target.getJsonArray("members")).hasSize(3);
    assertThat(
            Api.send("GET", "/t/karawang/persons/321501010110" + a, token, null)
                .json()
                .getJsonNumber("householdId"))
        .isEqualTo(second.getJsonNumber("id"));
    Api.Reply history = Api.send("GET", from + "/members/" + sonId + "/moves", token, null);
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.body())
        .contains("\"fromKk\":\"321501120315" + a + "\"")
        .contains("\"toKk\":\"321501120315" + b + "\"")
        .contains("\"fromRelationship\":\"ANAK\"")
        .contains("\"reason\":\"ikut bibi\"");

    // the same version again is stale; a head with other members cannot leave
    assertThat(
            Api.send("POST", from + "/members/" + sonId + "/moves", token, move, ifMatch(etag))
                .status())
        .isEqualTo(412);
    String to = "/t/karawang/households/" + second.getJsonNumber("id");
    long headB = Api.member(target, "Siti Juariah").getJsonNumber("id").longValue();
    Api.Reply headMove =
        Api.send(
            "POST",
            to + "/members/" + headB + "/moves",
            token,
            move.replace(
                second.getJsonNumber("id").toString(), first.getJsonNumber("id").toString()),
            ifMatch(etag(Api.send("GET", to, token, null))));
    assertThat(headMove.status()).isEqualTo(409);
  }
}
