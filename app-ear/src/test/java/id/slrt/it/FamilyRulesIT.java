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
 * The family card's rules over the API, on every path that changes a family: registration, adding
 * and correcting a member, a change of headship and a move each refuse what breaks a rule, with the
 * field named and nothing changed; and a widow heads her family though the card names her late
 * husband.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyRulesIT {

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

  private static void assertRefused(Api.Reply reply, String field, String words) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.body()).contains("\"field\":\"" + field + "\"").contains(words);
    assertThat(reply.body()).doesNotContain("KEPALA_KELUARGA");
  }

  private static String member(String name, String sex, String relationship) {
    return "{\"name\":\"%s\",\"sex\":\"%s\",\"birthDate\":\"2001-02-03\",\"relationship\":\"%s\"}"
        .formatted(name, sex, relationship);
  }

  @Test
  void aWidowHeadsHerFamilyThoughTheCardStillNamesHerLateHusband() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    Api.Reply created =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            """
            {"kk": "321501120315%s",
             "address": {"villageCode": "32.15.01.1001"},
             "femaleHeadReason": "CERAI_MATI", "pekkaMember": true,
             "members": [
               {"name": "Dedi Supriatna", "sex": "M", "birthDate": "1970-03-01",
                "relationship": "KEPALA_KELUARGA"},
               {"nik": "321501450785%s", "name": "Euis Rohaeti", "sex": "F",
                "birthDate": "1985-07-05", "relationship": "ISTRI", "headsFamily": true,
                "documents": ["KTP_EL"], "phone": "+62 812 3456 7890"}]}
            """
                .formatted(s, s));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject family = created.json();
    long euis = Api.member(family, "Euis Rohaeti").getJsonNumber("id").longValue();
    assertThat(family.getBoolean("femaleHeaded")).isTrue();
    assertThat(family.getString("femaleHeadReason")).isEqualTo("CERAI_MATI");
    assertThat(family.getJsonNumber("femaleHeadPersonId").longValue()).isEqualTo(euis);
    assertThat(family.getBoolean("pekkaMember")).isTrue();
    assertThat(Api.member(family, "Euis Rohaeti").getBoolean("headsFamily")).isTrue();
    assertThat(Api.member(family, "Dedi Supriatna").getBoolean("headsFamily")).isFalse();
    // what she holds and what the identity desk should help her get
    JsonObject her = Api.member(family, "Euis Rohaeti");
    assertThat(her.getJsonArray("documents").getString(0)).isEqualTo("KTP_EL");
    assertThat(her.getJsonArray("missingDocuments").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("AKTA_KELAHIRAN");
    assertThat(her.getString("phone")).isEqualTo("+6281234567890");

    // her husband's death is recorded: she still heads the family
    String path = "/t/karawang/households/" + family.getJsonNumber("id");
    long dedi = Api.member(family, "Dedi Supriatna").getJsonNumber("id").longValue();
    Api.Reply died =
        Api.send(
            "POST",
            path + "/members/" + dedi + "/departures",
            token,
            "{\"status\": \"MENINGGAL\", \"date\": \"2024-05-01\"}",
            ifMatch(etag(created)));
    assertThat(died.status()).as(died.body()).isEqualTo(200);
    assertThat(died.json().getJsonNumber("femaleHeadPersonId").longValue()).isEqualTo(euis);

    // an older client that sends only the address and femaleHeaded loses nothing
    Api.Reply moved =
        Api.send(
            "PUT",
            path,
            token,
            "{\"address\": {\"villageCode\": \"32.15.01.1001\", \"rt\": \"3\"},"
                + " \"femaleHeaded\": true}",
            ifMatch(etag(died)));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().getString("femaleHeadReason")).isEqualTo("CERAI_MATI");
    assertThat(moved.json().getJsonNumber("femaleHeadPersonId").longValue()).isEqualTo(euis);
    assertThat(moved.json().getBoolean("pekkaMember")).isTrue();
  }

  @Test
  void registrationRefusesASecondHeadAManHeadingAFemaleHeadedFamilyAnd31Members() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    String twoHeads =
        "{\"kk\":\"321501120315%s\",\"address\":{\"villageCode\":\"32.15.01.1001\"},\"members\":[%s,%s]}"
            .formatted(
                s, member("Asep", "M", "KEPALA_KELUARGA"), member("Ujang", "M", "KEPALA_KELUARGA"));
    assertRefused(
        Api.send("POST", "/t/karawang/households", token, twoHeads),
        "members[1].relationship",
        "kepala keluarga");

    String manHeaded =
        "{\"kk\":\"321501120315%s\",\"address\":{\"villageCode\":\"32.15.01.1001\"},\"femaleHeaded\":true,\"members\":[%s]}"
            .formatted(s, member("Asep", "M", "KEPALA_KELUARGA"));
    assertRefused(
        Api.send("POST", "/t/karawang/households", token, manHeaded), "femaleHeaded", "perempuan");

    StringBuilder members = new StringBuilder(member("Asep", "M", "KEPALA_KELUARGA"));
    for (int i = 1; i <= 30; i++) {
      members.append(',').append(member("Anak " + i, "M", "ANAK"));
    }
    String thirtyOne =
        "{\"kk\":\"321501120315%s\",\"address\":{\"villageCode\":\"32.15.01.1001\"},\"members\":[%s]}"
            .formatted(s, members);
    assertRefused(Api.send("POST", "/t/karawang/households", token, thirtyOne), "members", "30");
    // nothing of the three was kept
    assertThat(
            Api.send("GET", "/t/karawang/households?q=321501120315" + s, token, null)
                .json()
                .getJsonNumber("total")
                .longValue())
        .isZero();
  }

  @Test
  void editsRefuseASecondHeadAManHeadingAFemaleHeadedFamilyAndA31stMember() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    // Siti heads her family; no NIK yet, so that her record can be corrected freely
    StringBuilder members = new StringBuilder(member("Siti", "F", "KEPALA_KELUARGA"));
    for (int i = 1; i < 30; i++) {
      members.append(',').append(member("Anak " + i, "M", "ANAK"));
    }
    Api.Reply created =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            "{\"kk\":\"321501120315%s\",\"address\":{\"villageCode\":\"32.15.01.1001\"},\"femaleHeaded\":true,\"members\":[%s]}"
                .formatted(s, members));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String path = "/t/karawang/households/" + created.json().getJsonNumber("id");
    String etag = etag(created);
    long siti = Api.member(created.json(), "Siti").getJsonNumber("id").longValue();
    long anak = Api.member(created.json(), "Anak 1").getJsonNumber("id").longValue();

    assertRefused(
        Api.send("POST", path + "/members", token, member("Satu lagi", "M", "ANAK"), ifMatch(etag)),
        "members",
        "30");
    assertRefused(
        Api.send(
            "PUT",
            path + "/members/" + anak,
            token,
            member("Anak 1", "M", "KEPALA_KELUARGA"),
            ifMatch(etag)),
        "relationship",
        "kepala keluarga");
    assertRefused(
        Api.send(
            "PUT",
            path + "/members/" + siti,
            token,
            member("Siti", "M", "KEPALA_KELUARGA"),
            ifMatch(etag)),
        "femaleHeaded",
        "perempuan");
    assertRefused(
        Api.send(
            "PUT",
            path,
            token,
            "{\"address\":{\"villageCode\":\"32.15.01.1001\"},\"femaleHeaded\":true,"
                + "\"femaleHeadPersonId\":"
                + anak
                + "}",
            ifMatch(etag)),
        "femaleHeaded",
        "perempuan");

    // a man moving in as head of a family that has one
    Api.Reply other = Api.registerFamily(token);
    long budi = Api.member(other.json(), "Budi Santoso").getJsonNumber("id").longValue();
    Api.Reply secondHead =
        Api.send(
            "POST",
            "/t/karawang/households/"
                + other.json().getJsonNumber("id")
                + "/members/"
                + budi
                + "/moves",
            token,
            "{\"toHouseholdId\": "
                + created.json().getJsonNumber("id")
                + ", \"relationship\": \"KEPALA_KELUARGA\", \"reason\": \"menikah\"}",
            ifMatch(etag(other)));
    assertThat(secondHead.status()).as(secondHead.body()).isEqualTo(400);

    // nothing changed: same version, same members, Siti still a woman heading it
    Api.Reply after = Api.send("GET", path, token, null);
    assertThat(etag(after)).isEqualTo(etag);
    assertThat(after.json().getJsonArray("members")).hasSize(30);
    assertThat(Api.member(after.json(), "Siti").getString("sex")).isEqualTo("F");
    assertThat(Api.member(after.json(), "Anak 1").getString("relationship")).isEqualTo("ANAK");
  }

  @Test
  void aFamilyWithoutACardOfItsOwnIsServedUnderAProvisionalNumberAndGetsItsKkLater() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    Api.Reply created =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            """
            {"address": {"villageCode": "32.15.01.1001", "dusun": "Krajan"},
             "phone": "0812 3456 7890",
             "members": [
               {"name": "Lilis Suryani", "sex": "F", "birthDate": "1999-04-01",
                "relationship": "KEPALA_KELUARGA"}]}
            """);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject family = created.json();
    assertThat(family.getString("kkStatus")).isEqualTo("BELUM_ADA");
    assertThat(family.getString("kk")).startsWith("00").hasSize(16);
    assertThat(family.getString("phone")).isEqualTo("081234567890");
    assertThat(family.getJsonObject("address").getString("dusun")).isEqualTo("Krajan");

    // served like any other: a need is recorded for her
    long lilis = Api.member(family, "Lilis Suryani").getJsonNumber("id").longValue();
    String path = "/t/karawang/households/" + family.getJsonNumber("id");
    Api.Reply need =
        Api.send(
            "POST",
            "/t/karawang/needs",
            token,
            "{\"personId\": " + lilis + ", \"category\": \"IDENTITAS_HUKUM\"}");
    assertThat(need.status()).as(need.body()).isEqualTo(201);

    // Disdukcapil issued the card: the family gets its No. KK, the provisional number is gone
    Api.Reply given =
        Api.send(
            "PUT",
            path,
            token,
            "{\"address\": {\"villageCode\": \"32.15.01.1001\"}, \"kk\": \"321501120315"
                + s
                + "\"}",
            ifMatch(etag(created)));
    assertThat(given.status()).as(given.body()).isEqualTo(200);
    assertThat(given.json().getString("kkStatus")).isEqualTo("ADA");
    assertThat(given.json().getString("kk")).isEqualTo("321501120315" + s);
    // fields the client left out stay as they were
    assertThat(given.json().getString("phone")).isEqualTo("081234567890");
  }

  @Test
  void programsAlreadyReceivedAreRecordedPerFamilyOrPersonAndShownWithTheFamily() {
    String token = Api.token("puskesos.karawang");
    Api.Reply created = Api.registerFamily(token);
    String path = "/t/karawang/households/" + created.json().getJsonNumber("id");
    long siti = Api.member(created.json(), "Siti Juariah").getJsonNumber("id").longValue();

    Api.Reply pkh =
        Api.send(
            "POST", path + "/programs", token, "{\"program\": \"PKH\", \"since\": \"2019-01-15\"}");
    assertThat(pkh.status()).as(pkh.body()).isEqualTo(201);
    Api.Reply kis =
        Api.send(
            "POST",
            path + "/programs",
            token,
            "{\"program\": \"KIS_PBI\", \"personId\": "
                + siti
                + ", \"since\": \"2021-03-01\", \"active\": false}");
    assertThat(kis.status()).as(kis.body()).isEqualTo(201);
    assertThat(kis.json().getString("personName")).isEqualTo("Siti Juariah");
    assertThat(kis.json().getBoolean("active")).isFalse();

    // a person's program names the person, a family's names nobody; no start in the future
    assertRefused(
        Api.send(
            "POST", path + "/programs", token, "{\"program\": \"KIP\", \"since\": \"2020-07-01\"}"),
        "personId",
        "anggota");
    assertRefused(
        Api.send(
            "POST",
            path + "/programs",
            token,
            "{\"program\": \"RTLH\", \"personId\": " + siti + ", \"since\": \"2020-07-01\"}"),
        "personId",
        "keluarga");
    assertRefused(
        Api.send(
            "POST",
            path + "/programs",
            token,
            "{\"program\": \"KUBE\", \"since\": \"2999-01-01\"}"),
        "since",
        "masa depan");
    // a KLIK cadre reads them but does not record them
    assertThat(
            Api.send(
                    "POST",
                    path + "/programs",
                    Api.token("klik.karawang"),
                    "{\"program\": \"PKH\", \"since\": \"2019-01-15\"}")
                .status())
        .isEqualTo(403);

    JsonObject family = Api.send("GET", path, token, null).json();
    assertThat(family.getJsonArray("programs")).hasSize(2);
    assertThat(family.getJsonArray("programs").getJsonObject(0).getString("program"))
        .isEqualTo("KIS_PBI");
  }

  @Test
  void aWelfareStatusRecordedByMistakeIsMarkedVoidAndNoLongerCurrent() {
    String token = Api.token("puskesos.karawang");
    Api.Reply created = Api.registerFamily(token);
    String path = "/t/karawang/households/" + created.json().getJsonNumber("id");
    Api.Reply right =
        Api.send(
            "POST",
            path + "/welfare-status",
            token,
            "{\"register\": \"DTSEN\", \"registered\": true, \"desil\": 2, \"asOf\": \"2026-09-01\"}");
    assertThat(right.status()).as(right.body()).isEqualTo(201);
    Api.Reply wrong =
        Api.send(
            "POST",
            path + "/welfare-status",
            token,
            "{\"register\": \"DTSEN\", \"registered\": true, \"desil\": 9, \"asOf\": \"2026-10-01\"}");
    String voidPath = path + "/welfare-status/" + wrong.json().getJsonNumber("id") + "/void";

    assertRefused(Api.send("POST", voidPath, token, "{}"), "reason", "salah");
    Api.Reply voided =
        Api.send("POST", voidPath, token, "{\"reason\": \"Desil salah ketik, seharusnya 2\"}");
    assertThat(voided.status()).as(voided.body()).isEqualTo(200);
    assertThat(voided.json().getBoolean("voided")).isTrue();
    assertThat(Api.send("POST", voidPath, token, "{\"reason\": \"lagi\"}").status()).isEqualTo(409);

    // the earlier one is current again; the void one stays in the history
    JsonObject family = Api.send("GET", path, token, null).json();
    assertThat(family.getJsonArray("welfare").getJsonObject(0).getInt("desil")).isEqualTo(2);
    assertThat(Api.send("GET", path + "/welfare-status", token, null).body())
        .contains("Desil salah ketik");
    // a KLIK cadre cannot
    assertThat(
            Api.send("POST", voidPath, Api.token("klik.karawang"), "{\"reason\": \"x\"}").status())
        .isEqualTo(403);
  }

  @Test
  void theListSaysWhichMemberASearchFound() {
    String token = Api.token("puskesos.karawang");
    Api.Reply created = Api.registerFamily(token);
    String son = Api.member(created.json(), "Budi Santoso").getString("nik");

    JsonObject bySon = Api.send("GET", "/t/karawang/households?q=" + son, token, null).json();
    assertThat(bySon.getInt("total")).isEqualTo(1);
    assertThat(bySon.getJsonArray("items").getJsonObject(0).getString("matchedMember"))
        .isEqualTo("Budi Santoso");
    JsonObject byKk =
        Api.send("GET", "/t/karawang/households?q=" + created.json().getString("kk"), token, null)
            .json();
    assertThat(byKk.getJsonArray("items").getJsonObject(0).containsKey("matchedMember")).isFalse();
  }
}
