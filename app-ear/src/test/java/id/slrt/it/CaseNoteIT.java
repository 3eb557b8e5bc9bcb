package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A facilitator's case as the seeds tell it: a KPM's son stopped going to school, found out after a
 * P2K2 session; the teachers involved, a home visit and a school visit, a referral to the madrasah
 * in one step, the outcome; seen only by those who see the KPM.
 */
@ExtendWith(ArquillianExtension.class)
class CaseNoteIT {
  private static final String CASES = "/t/karawang/pkh/case-notes";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aChildWhoLeftSchoolIsFollowedVisitedReferredAndClosed() {
    List<String> kpm = P2k2SyncIT.group("KASUS-" + ThreadLocalRandom.current().nextInt(1_000_000));
    String facilitator = Api.token("pendamping.karawang");
    String number = kpm.get(0);
    long householdId =
        Api.send("GET", "/t/karawang/pkh/kpm/" + number, facilitator, null)
            .json()
            .getJsonNumber("householdId")
            .longValue();
    JsonObject family =
        Api.send("GET", "/t/karawang/households/" + householdId, facilitator, null).json();
    long son = Api.member(family, "Budi Santoso").getJsonNumber("id").longValue();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    Api.Reply bad =
        Api.send(
            "POST",
            CASES,
            facilitator,
            ("{\"participantNumber\": \"%s\", \"subject\": \" \", \"foundOn\": \"%s\","
                    + " \"personId\": 1, \"people\": [{\"name\": \"Bu Rina\"}]}")
                .formatted(number, today.plusDays(1)));
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("subject", "foundOn", "personId", "people[0].role");

    Api.Reply opened =
        Api.send(
            "POST",
            CASES,
            facilitator,
            ("{\"participantNumber\": \"%s\", \"subject\": \"Anak tidak sekolah lagi\","
                    + " \"personId\": %d, \"foundOn\": \"%s\","
                    + " \"description\": \"Diketahui setelah pertemuan P2K2: sebulan tidak masuk.\","
                    + " \"people\": [{\"name\": \"Bu Rina\", \"role\": \"Wali kelas\"},"
                    + " {\"name\": \"Pak Agus\", \"role\": \"Guru BK\"}]}")
                .formatted(number, son, today.minusDays(3)));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    JsonObject note = opened.json();
    long id = note.getJsonNumber("id").longValue();
    assertThat(note.getString("personName")).isEqualTo("Budi Santoso");
    assertThat(note.getJsonArray("people").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("name") + "/" + p.getString("role"))
        .containsExactly("Bu Rina/Wali kelas", "Pak Agus/Guru BK");

    // whoever does not see the KPM cannot tell the case exists
    String other = Api.token("pendamping2.karawang");
    Api.Reply hidden = Api.send("GET", CASES + "/" + id, other, null);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body()).isEqualTo(Api.send("GET", CASES + "/999999999", other, null).body());
    assertThat(Api.send("GET", CASES + "/" + id, Api.token("korkab.karawang"), null).status())
        .isEqualTo(200);

    String actions = CASES + "/" + id + "/actions";
    Api.Reply early =
        Api.send(
            "POST",
            actions,
            facilitator,
            "{\"on\": \"%s\", \"type\": \"KUNJUNGAN_RUMAH\", \"note\": \"x\"}"
                .formatted(today.minusDays(4)));
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(
            Api.send(
                    "POST",
                    actions,
                    facilitator,
                    ("{\"on\": \"%s\", \"type\": \"KUNJUNGAN_RUMAH\", \"note\": \"Ibu bercerita"
                            + " anak malu karena belum bayar seragam.\"}")
                        .formatted(today.minusDays(2)))
                .status())
        .isEqualTo(200);
    JsonObject visited =
        Api.send(
                "POST",
                actions,
                facilitator,
                ("{\"on\": \"%s\", \"type\": \"KUNJUNGAN_SEKOLAH\", \"note\": \"Bertemu wali"
                        + " kelas dan guru BK; anak boleh pindah ke madrasah.\"}")
                    .formatted(today))
            .json();
    assertThat(visited.getJsonArray("actions").getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("type"))
        .containsExactly("KUNJUNGAN_RUMAH", "KUNJUNGAN_SEKOLAH");
    assertThat(Api.send("POST", actions, Api.token("korkab.karawang"), "{}").status())
        .isEqualTo(403);

    // one step to an SLRT referral to the madrasah under Kemenag, for the child
    String refer = CASES + "/" + id + "/referral";
    Api.Reply unknown = Api.send("POST", refer, facilitator, "{\"serviceCode\": \"TIDAK_ADA\"}");
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    Api.Reply referred =
        Api.send("POST", refer, facilitator, "{\"serviceCode\": \"KEMBALI_MADRASAH\"}");
    assertThat(referred.status()).as(referred.body()).isEqualTo(200);
    long referralId = referred.json().getJsonNumber("referralId").longValue();
    JsonObject referral =
        Api.send("GET", "/t/karawang/referrals/" + referralId, facilitator, null).json();
    assertThat(referral.getString("serviceCode")).isEqualTo("KEMBALI_MADRASAH");
    assertThat(referral.getString("personName")).isEqualTo("Budi Santoso");
    assertThat(referral.getString("reason")).isEqualTo("Anak tidak sekolah lagi");
    assertThat(
            Api.send("POST", refer, facilitator, "{\"serviceCode\": \"KEMBALI_SEKOLAH\"}").status())
        .isEqualTo(409);

    String outcome = CASES + "/" + id + "/outcome";
    assertThat(Api.send("POST", outcome, facilitator, "{}").status()).isEqualTo(400);
    Api.Reply closed =
        Api.send(
            "POST",
            outcome,
            facilitator,
            "{\"outcome\": \"Anak kembali belajar di MTs sejak Senin.\"}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().getString("closedOn")).isEqualTo(today.toString());
    assertThat(
            Api.send(
                    "POST",
                    actions,
                    facilitator,
                    "{\"on\": \"%s\", \"type\": \"KOMUNIKASI\", \"note\": \"x\"}".formatted(today))
                .status())
        .isEqualTo(409);
    assertThat(
            Api.send("GET", CASES + "?open=false&size=100", facilitator, null)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .extracting(c -> c.getJsonNumber("id").longValue())
        .contains(id);
  }
}
