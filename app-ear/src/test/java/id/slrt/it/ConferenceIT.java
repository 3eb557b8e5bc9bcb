package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case conference (rapat koordinasi) recorded by the Puskesos: the agencies present, a stuck
 * referral discussed, decisions, and follow-ups (RTL) that land in their owners' lists, an agency's
 * desk included, until each owner marks theirs done. Bad input is refused whole, with every field
 * named; others' follow-ups and other districts stay closed.
 */
@ExtendWith(ArquillianExtension.class)
class ConferenceIT {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static long referral(String officer) {
    Api.Reply family = Api.registerFamily(officer);
    assertThat(family.status()).as(family.body()).isEqualTo(201);
    String mother = Api.member(family.json(), "Siti Juariah").getString("nik");
    Api.Reply referral =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            officer,
            "{\"nik\": \"%s\", \"serviceCode\": \"KIS\"}".formatted(mother));
    assertThat(referral.status()).as(referral.body()).isEqualTo(201);
    return referral.json().getJsonNumber("id").longValue();
  }

  private static long total(String token, String path) {
    Api.Reply list = Api.send("GET", path, token, null);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json().getJsonNumber("total").longValue();
  }

  private static List<String> actions(String token, String query) {
    Api.Reply list = Api.send("GET", "/t/karawang/follow-ups?size=100" + query, token, null);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json().getJsonArray("items").stream()
        .map(v -> ((JsonObject) v).getString("action"))
        .toList();
  }

  @Test
  void followUpsOfAConferenceLandInTheirOwnersListsUntilDone() {
    String officer = Api.token("puskesos.karawang");
    String dinkes = Api.token("dinkes.karawang");
    long referral = referral(officer);
    String serial = Api.serial();
    String agencyAction = "Aktivasi PBI untuk rujukan " + serial;
    String officerAction = "Kunjungi keluarga " + serial;

    Api.Reply recorded =
        Api.send(
            "POST",
            "/t/karawang/case-conferences",
            officer,
            """
            {"heldOn": "%s", "place": "Aula Desa", "topic": "Rujukan KIS terlambat %s",
             "agencies": ["DINKES", "DISDUKCAPIL"], "referralIds": [%d],
             "decisions": "Dinkes memproses aktivasi PBI minggu ini",
             "followUps": [
               {"action": "%s", "owner": "dinkes.karawang", "dueDate": "%s"},
               {"action": "%s", "owner": "puskesos.karawang", "dueDate": "%s"}]}
            """
                .formatted(
                    TODAY,
                    serial,
                    referral,
                    agencyAction,
                    TODAY.plusDays(7),
                    officerAction,
                    TODAY.plusDays(3)));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    JsonObject conference = recorded.json();
    long id = conference.getJsonNumber("id").longValue();
    assertThat(recorded.raw().headers().firstValue("Location").orElse(""))
        .endsWith("/t/karawang/case-conferences/" + id);
    assertThat(conference.getJsonArray("agencies").getJsonObject(0).getString("name"))
        .isEqualTo("Dinas Kesehatan");
    assertThat(conference.getJsonArray("followUps")).hasSize(2);

    // the conference is found from the referral it discussed
    Api.Reply forReferral =
        Api.send("GET", "/t/karawang/case-conferences?referralId=" + referral, officer, null);
    assertThat(
            forReferral
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue())
        .isEqualTo(id);
    assertThat(
            Api.send("GET", "/t/karawang/case-conferences/" + id, Api.token("admin.karawang"), null)
                .status())
        .isEqualTo(200);

    // the agency's desk sees its follow-up with the conference's day and topic, not the conference
    Api.Reply agencyList = Api.send("GET", "/t/karawang/follow-ups?size=100", dinkes, null);
    JsonObject mine =
        agencyList.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("action").equals(agencyAction))
            .findFirst()
            .orElseThrow();
    assertThat(mine.getString("topic")).isEqualTo("Rujukan KIS terlambat " + serial);
    assertThat(actions(dinkes, "")).doesNotContain(officerAction);
    assertThat(Api.send("GET", "/t/karawang/case-conferences/" + id, dinkes, null).status())
        .isEqualTo(403);

    // only its owner (or the recorder) marks it done; once
    long agencyFollowUp = mine.getJsonNumber("id").longValue();
    Api.Reply stranger =
        Api.send(
            "POST",
            "/t/karawang/follow-ups/" + agencyFollowUp + "/done",
            Api.token("klik.karawang"),
            "{\"note\": \"bukan saya\"}");
    assertThat(stranger.status()).as(stranger.body()).isEqualTo(404);
    Api.Reply done =
        Api.send(
            "POST",
            "/t/karawang/follow-ups/" + agencyFollowUp + "/done",
            dinkes,
            "{\"note\": \"PBI aktif sejak hari ini\"}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().getString("doneBy")).isEqualTo("dinkes.karawang");
    assertThat(
            Api.send(
                    "POST",
                    "/t/karawang/follow-ups/" + agencyFollowUp + "/done",
                    dinkes,
                    "{\"note\": \"lagi\"}")
                .status())
        .isEqualTo(409);
    assertThat(actions(dinkes, "")).doesNotContain(agencyAction);
    assertThat(actions(dinkes, "&all=true")).contains(agencyAction);
    assertThat(actions(officer, "")).contains(officerAction);

    // another district's officer is refused
    assertThat(
            Api.send("GET", "/t/karawang/follow-ups", Api.token("puskesos.maros"), null).status())
        .isEqualTo(403);
  }

  @Test
  void badInputIsRefusedWholeWithEveryFieldNamed() {
    String officer = Api.token("puskesos.karawang");
    long before = total(officer, "/t/karawang/case-conferences");
    Api.Reply empty = Api.send("POST", "/t/karawang/case-conferences", officer, "{}");
    assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    assertThat(empty.body())
        .contains("\"heldOn\"", "\"place\"", "\"topic\"", "\"decisions\"", "\"agencies\"");

    Api.Reply wrong =
        Api.send(
            "POST",
            "/t/karawang/case-conferences",
            officer,
            """
            {"heldOn": "%s", "place": "Aula", "topic": "Rakor", "decisions": "-",
             "agencies": ["DINKES", "TIDAK_ADA"], "referralIds": [999999999],
             "followUps": [{"action": "X", "owner": "tidak.ada", "dueDate": "%s"},
                           {"action": "", "owner": "dinkes.karawang", "dueDate": "kemarin"}]}
            """
                .formatted(TODAY.plusDays(1), TODAY.minusDays(1)));
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    assertThat(wrong.body())
        .contains(
            "\"heldOn\"",
            "\"agencies[1]\"",
            "\"referralIds[0]\"",
            "\"followUps[0].owner\"",
            "\"followUps[1].action\"",
            "\"followUps[1].dueDate\"");
    assertThat(total(officer, "/t/karawang/case-conferences")).isEqualTo(before);

    // a due date before the conference
    Api.Reply early =
        Api.send(
            "POST",
            "/t/karawang/case-conferences",
            officer,
            """
            {"heldOn": "%s", "place": "Aula", "topic": "Rakor", "decisions": "-",
             "agencies": ["DINKES"],
             "followUps": [{"action": "X", "owner": "dinkes.karawang", "dueDate": "%s"}]}
            """
                .formatted(TODAY, TODAY.minusDays(1)));
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("followUps[0].dueDate");
    assertThat(total(officer, "/t/karawang/case-conferences")).isEqualTo(before);
  }
}
