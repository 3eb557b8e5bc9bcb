package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Referrals over the API: made by the Puskesos officer, answered by the agency in its inbox,
 * followed to an outcome; the agency sees its own referrals only, and only what its service needs.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  /** Registers a family in Karawang; returns the mother's NIK. */
  private static String mother(String token) {
    JsonObject family = Api.registerFamily(token).json();
    return Api.member(family, "Siti Juariah").getString("nik");
  }

  private static Api.Reply refer(String token, String nik, String service) {
    return Api.send(
        "POST",
        "/t/karawang/referrals",
        token,
        "{\"nik\": \"%s\", \"serviceCode\": \"%s\", \"reason\": \"Belum punya kartu\"}"
            .formatted(nik, service));
  }

  private static Api.Reply move(String token, long id, String body) {
    return Api.send("POST", "/t/karawang/referrals/" + id + "/transitions", token, body);
  }

  private static List<Long> ids(Api.Reply page) {
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void theOfficerRefersTheAgencyAnswersInItsInboxAndTheOutcomeIsKept() {
    String officer = Api.token("puskesos.karawang");
    String dinkes = Api.token("dinkes.karawang");
    String nik = mother(officer);

    Api.Reply services = Api.send("GET", "/t/karawang/services", officer, null);
    assertThat(services.body()).contains("\"code\":\"KIS\"").doesNotContain("P2TP2A");

    Api.Reply made = refer(officer, nik, "KIS");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    assertThat(made.raw().headers().firstValue("Location")).isPresent();
    JsonObject referral = made.json();
    long id = referral.getJsonNumber("id").longValue();
    assertThat(referral.getString("status")).isEqualTo("DIRUJUK");
    assertThat(referral.getString("provider")).isEqualTo("DINKES");
    assertThat(referral.getBoolean("overdue")).isFalse();
    assertThat(referral.getString("dueDate")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(referral.getString("personName")).isEqualTo("Siti Juariah");

    // the agency's inbox has it, with what the service needs: who, where, how to reach them
    Api.Reply inbox = Api.send("GET", "/t/karawang/inbox?size=500", dinkes, null);
    assertThat(ids(inbox)).contains(id);
    JsonObject item =
        inbox.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(item.getString("nik")).isEqualTo(nik);
    assertThat(item.getString("address")).contains("Jl. Tuparev 12").contains("RT 002/RW 005");
    assertThat(item.containsKey("needId")).isFalse();
    // another agency sees nothing of it: not in its inbox, not by id
    String disdukcapil = Api.token("disdukcapil.karawang");
    assertThat(ids(Api.send("GET", "/t/karawang/inbox?size=500", disdukcapil, null)))
        .doesNotContain(id);
    assertThat(Api.send("GET", "/t/karawang/referrals/" + id, disdukcapil, null).status())
        .isEqualTo(404);
    assertThat(move(disdukcapil, id, "{\"to\": \"DITERIMA\"}").status()).isEqualTo(404);
    // the inbox is an agency's: others are refused
    assertThat(Api.send("GET", "/t/karawang/inbox", officer, null).status()).isEqualTo(403);

    // the agency accepts (no If-Match: API.md clients send none), may not withdraw
    Api.Reply accepted = move(dinkes, id, "{\"to\": \"DITERIMA\", \"note\": \"Berkas lengkap\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    String etag = accepted.raw().headers().firstValue("ETag").orElseThrow();
    assertThat(move(dinkes, id, "{\"to\": \"DITARIK\", \"note\": \"-\"}").status()).isEqualTo(403);
    // an If-Match of an older version is refused, the current one honoured
    Api.Reply stale =
        Api.send(
            "POST",
            "/t/karawang/referrals/" + id + "/transitions",
            dinkes,
            "{\"to\": \"DIPROSES\"}",
            Map.of("If-Match", "\"" + id + "-0\""));
    assertThat(stale.status()).as(stale.body()).isEqualTo(412);
    Api.Reply processing =
        Api.send(
            "POST",
            "/t/karawang/referrals/" + id + "/transitions",
            dinkes,
            "{\"to\": \"DIPROSES\"}",
            Map.of("If-Match", etag));
    assertThat(processing.status()).as(processing.body()).isEqualTo(200);

    Api.Reply noOutcome = move(dinkes, id, "{\"to\": \"SELESAI\"}");
    assertThat(noOutcome.status()).isEqualTo(400);
    assertThat(noOutcome.body()).contains("\"field\":\"outcome\"");
    Api.Reply done =
        move(
            dinkes,
            id,
            "{\"to\": \"SELESAI\", \"outcome\": \"DILAYANI\", \"note\": \"KIS aktif\"}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().getString("outcome")).isEqualTo("DILAYANI");
    // KIS changes the family's welfare situation: verivali is suggested, not to the agency
    assertThat(done.json().getBoolean("verivaliSuggested")).isFalse();
    assertThat(
            Api.send("GET", "/t/karawang/referrals/" + id, officer, null)
                .json()
                .getBoolean("verivaliSuggested"))
        .isTrue();
    assertThat(ids(Api.send("GET", "/t/karawang/inbox?size=500", dinkes, null))).doesNotContain(id);
    assertThat(move(dinkes, id, "{\"to\": \"DIPROSES\"}").status()).isEqualTo(409);

    // the officer reads the whole history: who moved it, when, with which note
    JsonObject read = Api.send("GET", "/t/karawang/referrals/" + id, officer, null).json();
    List<JsonObject> history = read.getJsonArray("history").getValuesAs(JsonObject.class);
    assertThat(history)
        .extracting(h -> h.getString("to"))
        .containsExactly("DIRUJUK", "DITERIMA", "DIPROSES", "SELESAI");
    assertThat(history.get(0).getString("by")).isEqualTo("puskesos.karawang");
    assertThat(history.get(3).getString("by")).isEqualTo("dinkes.karawang");
    assertThat(history.get(3).getString("note")).isEqualTo("KIS aktif");
    assertThat(
            ids(Api.send("GET", "/t/karawang/referrals?status=SELESAI&nik=" + nik, officer, null)))
        .containsExactly(id);
  }

  /** The need's status once intake has caught up with its referrals (they commit first). */
  private static String needStatus(String token, long needId, String expected) {
    String status = null;
    for (int i = 0; i < 50; i++) {
      status =
          Api.send("GET", "/t/karawang/needs/" + needId, token, null).json().getString("status");
      if (status.equals(expected)) {
        return status;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return status;
  }

  @Test
  void aNeedFollowsItsReferralsToTheirOutcome() {
    String officer = Api.token("puskesos.karawang");
    String nik = mother(officer);
    Api.Reply recorded =
        Api.send(
            "POST",
            "/t/karawang/needs",
            officer,
            "{\"nik\": \"%s\", \"category\": \"KESEHATAN\"}".formatted(nik));
    long needId = recorded.json().getJsonNumber("id").longValue();

    // a need of someone else is refused
    String other = mother(officer);
    Api.Reply wrong =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            officer,
            "{\"nik\": \"%s\", \"serviceCode\": \"KIS\", \"needId\": %d}".formatted(other, needId));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"field\":\"needId\"");

    Api.Reply made =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            officer,
            "{\"nik\": \"%s\", \"serviceCode\": \"KIS\", \"needId\": %d}".formatted(nik, needId));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long id = made.json().getJsonNumber("id").longValue();
    assertThat(made.json().getJsonNumber("needId").longValue()).isEqualTo(needId);
    assertThat(needStatus(officer, needId, "DIPROSES")).isEqualTo("DIPROSES");

    String dinkes = Api.token("dinkes.karawang");
    assertThat(move(dinkes, id, "{\"to\": \"DITERIMA\"}").status()).isEqualTo(200);
    assertThat(move(dinkes, id, "{\"to\": \"DIPROSES\"}").status()).isEqualTo(200);
    assertThat(move(dinkes, id, "{\"to\": \"SELESAI\", \"outcome\": \"DILAYANI\"}").status())
        .isEqualTo(200);
    assertThat(needStatus(officer, needId, "SELESAI")).isEqualTo("SELESAI");
    JsonObject need = Api.send("GET", "/t/karawang/needs/" + needId, officer, null).json();
    assertThat(need.getString("outcome")).isEqualTo("DILAYANI");
    List<JsonObject> history = need.getJsonArray("history").getValuesAs(JsonObject.class);
    assertThat(history.get(history.size() - 1).getString("by")).isEqualTo("sistem:rujukan");
    assertThat(ids(Api.send("GET", "/t/karawang/referrals?needId=" + needId, officer, null)))
        .containsExactly(id);
  }

  @Test
  void aReferralReferredOnKeepsTheChainAndTheWithdrawalIsTheReferrers() {
    String officer = Api.token("puskesos.karawang");
    String nik = mother(officer);
    long isbat = refer(officer, nik, "ISBAT_NIKAH").json().getJsonNumber("id").longValue();
    // Pengadilan Agama has no account: the officer records its answers
    assertThat(move(officer, isbat, "{\"to\": \"DITERIMA\"}").status()).isEqualTo(200);
    assertThat(move(officer, isbat, "{\"to\": \"DIPROSES\"}").status()).isEqualTo(200);
    Api.Reply noNext =
        move(officer, isbat, "{\"to\": \"SELESAI\", \"outcome\": \"DIRUJUK_LANJUT\"}");
    assertThat(noNext.status()).isEqualTo(400);
    assertThat(noNext.body()).contains("\"field\":\"referOnServiceCode\"");
    Api.Reply done =
        move(
            officer,
            isbat,
            "{\"to\": \"SELESAI\", \"outcome\": \"DIRUJUK_LANJUT\", \"referOnServiceCode\":"
                + " \"AKTA_LAHIR\", \"note\": \"Nikah sah, lanjut akta anak\"}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    long next = done.json().getJsonNumber("nextId").longValue();

    JsonObject akta = Api.send("GET", "/t/karawang/referrals/" + next, officer, null).json();
    assertThat(akta.getString("serviceCode")).isEqualTo("AKTA_LAHIR");
    assertThat(akta.getString("provider")).isEqualTo("DISDUKCAPIL");
    assertThat(akta.getString("status")).isEqualTo("DIRUJUK");
    assertThat(akta.getJsonNumber("previousId").longValue()).isEqualTo(isbat);
    // Disdukcapil gets it in its inbox, without the chain (its service needs none of it)
    String disdukcapil = Api.token("disdukcapil.karawang");
    JsonObject seen = Api.send("GET", "/t/karawang/referrals/" + next, disdukcapil, null).json();
    assertThat(seen.containsKey("previousId")).isFalse();
    assertThat(Api.send("GET", "/t/karawang/referrals/" + isbat, disdukcapil, null).status())
        .isEqualTo(404);

    // the referrer withdraws a referral the agency has not started on, saying why
    long kip = refer(officer, nik, "KIP").json().getJsonNumber("id").longValue();
    assertThat(move(officer, kip, "{\"to\": \"DITARIK\"}").status()).isEqualTo(400);
    Api.Reply withdrawn =
        move(officer, kip, "{\"to\": \"DITARIK\", \"note\": \"Anak sudah dapat KIP di sekolah\"}");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.json().getString("status")).isEqualTo("DITARIK");
  }

  @Test
  void badInputIsRefusedClearlyAndARetryWritesNothingNew() {
    String officer = Api.token("puskesos.karawang");
    String nik = mother(officer);

    Api.Reply unknownService = refer(officer, nik, "TIDAK_ADA");
    assertThat(unknownService.status()).isEqualTo(400);
    assertThat(unknownService.body()).contains("\"field\":\"serviceCode\"");
    assertThat(refer(officer, nik, "P2TP2A").status()).isEqualTo(400);
    Api.Reply badNik = refer(officer, "12345", "KIS");
    assertThat(badNik.status()).isEqualTo(400);
    assertThat(badNik.body()).contains("\"field\":\"nik\"").doesNotContain("Exception");
    assertThat(refer(officer, "3215014507859999", "KIS").body()).contains("\"field\":\"nik\"");
    Api.Reply empty = Api.send("POST", "/t/karawang/referrals", officer, "{}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"nik\"").contains("\"field\":\"serviceCode\"");
    assertThat(Api.send("POST", "/t/karawang/referrals", officer, "[").status()).isEqualTo(400);
    assertThat(Api.send("GET", "/t/karawang/referrals?status=KABUR", officer, null).status())
        .isEqualTo(400);

    String key = UUID.randomUUID().toString();
    String body = "{\"nik\": \"%s\", \"serviceCode\": \"KIS\"}".formatted(nik);
    Api.Reply first =
        Api.send("POST", "/t/karawang/referrals", officer, body, Map.of("Idempotency-Key", key));
    Api.Reply again =
        Api.send("POST", "/t/karawang/referrals", officer, body, Map.of("Idempotency-Key", key));
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
    assertThat(
            Api.send("GET", "/t/karawang/referrals?serviceCode=KIS&nik=" + nik, officer, null)
                .json()
                .getInt("total"))
        .isEqualTo(1);
  }

  /**
   * A paper referral made four weeks ago and recorded now is due from the day it was made: it is
   * overdue at once, in the overdue list and the agency's inbox; a day in the future, one more than
   * 30 days back or no date at all is refused on its field, and nothing is written.
   */
  @Test
  void aPaperReferralRecordedLaterIsDueFromItsDayAndMayBeOverdueAtOnce() {
    String officer = Api.token("puskesos.karawang");
    String dinkes = Api.token("dinkes.karawang");
    String nik = mother(officer);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    String template =
        "{\"nik\": \"%s\", \"serviceCode\": \"KIS\", \"reason\": \"Rujukan kertas\","
            + " \"referredOn\": \"%s\"}";

    for (String bad :
        List.of(
            today.plusDays(1).toString(),
            today.minusDays(31).toString(),
            "2026-13-01",
            "kemarin")) {
      Api.Reply refused =
          Api.send("POST", "/t/karawang/referrals", officer, template.formatted(nik, bad));
      assertThat(refused.status()).as(bad + " " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("\"field\":\"referredOn\"").doesNotContain("Exception");
    }
    assertThat(
            Api.send("GET", "/t/karawang/referrals?nik=" + nik, officer, null)
                .json()
                .getInt("total"))
        .isZero();

    String paperDay = today.minusDays(28).toString();
    Api.Reply made =
        Api.send("POST", "/t/karawang/referrals", officer, template.formatted(nik, paperDay));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    JsonObject referral = made.json();
    long id = referral.getJsonNumber("id").longValue();
    assertThat(referral.getString("referredOn")).isEqualTo(paperDay);
    // 14 working days from four weeks ago are past, holidays or not
    assertThat(java.time.LocalDate.parse(referral.getString("dueDate"))).isBefore(today);
    assertThat(referral.getBoolean("overdue")).isTrue();
    assertThat(ids(Api.send("GET", "/t/karawang/referrals?overdue=true&nik=" + nik, officer, null)))
        .containsExactly(id);
    JsonObject inInbox =
        Api.send("GET", "/t/karawang/inbox?size=500", dinkes, null)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(o -> o.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(inInbox.getBoolean("overdue")).isTrue();

    // recorded the day it was made: no paper date
    Api.Reply sameDay =
        Api.send(
            "POST", "/t/karawang/referrals", officer, template.formatted(nik, today.toString()));
    assertThat(sameDay.status()).as(sameDay.body()).isEqualTo(201);
    assertThat(sameDay.json().containsKey("referredOn")).isFalse();
    assertThat(sameDay.json().getBoolean("overdue")).isFalse();
  }

  @Test
  void anotherDistrictSeesNothingOfKarawangsReferrals() {
    String officer = Api.token("puskesos.karawang");
    String nik = mother(officer);
    long id = refer(officer, nik, "KIS").json().getJsonNumber("id").longValue();
    String maros = Api.token("admin.maros");
    assertThat(Api.send("GET", "/t/karawang/referrals/" + id, maros, null).status()).isEqualTo(403);
    assertThat(Api.send("GET", "/t/karawang/referrals", maros, null).status()).isEqualTo(403);
    // Maros may have a referral with the same number: never Karawang's
    assertThat(Api.send("GET", "/t/maros/referrals/" + id, maros, null).body()).doesNotContain(nik);
    assertThat(Api.send("GET", "/t/maros/referrals?size=500", maros, null).body())
        .doesNotContain(nik);
    assertThat(Api.send("GET", "/t/maros/inbox?size=500", Api.token("dinkes.maros"), null).body())
        .doesNotContain(nik);
  }

  private static JsonObject service(Api.Reply list, String code) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return jakarta.json.Json.createReader(new java.io.StringReader(list.body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(o -> o.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + list.body()));
  }

  private static List<String> codes(JsonObject withWarnings) {
    return withWarnings.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
        .map(w -> w.getString("code"))
        .toList();
  }

  @Test
  void eachDistrictsCatalogueNamesAgenciesDocumentsAndWarnsTheOfficerOnly() {
    String officer = Api.token("puskesos.karawang");
    String dinkes = Api.token("dinkes.karawang");

    // seeded from config/seed: the national programs with their agency, SLA and checklist, plus
    // the district's own (Karawang Cerdas here, legal aid under Perda 5/2018 in Maros)
    Api.Reply karawang = Api.send("GET", "/t/karawang/services", officer, null);
    JsonObject kis = service(karawang, "KIS");
    assertThat(kis.getString("providerName")).isEqualTo("Dinas Kesehatan");
    assertThat(kis.getInt("fastTrackSlaDays")).isLessThan(kis.getInt("slaDays"));
    assertThat(kis.getJsonArray("documents")).isNotEmpty();
    JsonObject kuliah = service(karawang, "KARAWANG_CERDAS_KULIAH");
    assertThat(kuliah.getString("name")).contains("12.000.000");
    assertThat(kuliah.getJsonObject("eligibility").getString("educationCompleted"))
        .isEqualTo("SMA");
    assertThat(karawang.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("miskin");
    Api.Reply maros = Api.send("GET", "/t/maros/services", Api.token("puskesos.maros"), null);
    assertThat(service(maros, "BANTUAN_HUKUM").getString("provider")).isEqualTo("OBH_MAROS");
    assertThat(maros.body()).doesNotContain("KARAWANG_CERDAS");

    // before referring, the officer sees what the mother (born 1985, no education or DTSEN
    // status recorded) may not meet: warnings, in the caller's language, never a refusal
    String nik = mother(officer);
    Api.Reply check =
        Api.send(
            "GET",
            "/t/karawang/services/KARAWANG_CERDAS_KULIAH/eligibility?nik=" + nik,
            officer,
            null);
    assertThat(check.status()).as(check.body()).isEqualTo(200);
    assertThat(codes(check.json()))
        .containsExactly(
            "referral.eligibility.tooOld",
            "referral.eligibility.educationUnknown",
            "referral.eligibility.desilUnknown");
    assertThat(check.body()).contains("paling tinggi 25 tahun");
    assertThat(check.json().getJsonArray("documents")).isNotEmpty();
    Api.Reply english =
        Api.send(
            "GET",
            "/t/karawang/services/KARAWANG_CERDAS_KULIAH/eligibility?nik=" + nik,
            officer,
            null,
            Map.of("Accept-Language", "en"));
    assertThat(english.body()).contains("aged at most 25");
    // an agency never gets them (they name the family's desil); bad input is a 400
    assertThat(
            Api.send("GET", "/t/karawang/services/KIS/eligibility?nik=" + nik, dinkes, null)
                .status())
        .isEqualTo(403);
    Api.Reply badId =
        Api.send("GET", "/t/karawang/services/KIS/eligibility?personId=abc", officer, null);
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.body()).contains("\"field\":\"personId\"");
    assertThat(Api.send("GET", "/t/karawang/services/NOPE", officer, null).status()).isEqualTo(404);

    // a fast-tracked referral is due sooner; the officer's answer carries the warnings and the
    // checklist, the agency's reading of it the checklist only
    JsonObject normal = refer(officer, nik, "KIS").json();
    Api.Reply fast =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            officer,
            "{\"nik\": \"%s\", \"serviceCode\": \"KIS\", \"fastTrack\": true}".formatted(nik));
    assertThat(fast.status()).as(fast.body()).isEqualTo(201);
    assertThat(fast.json().getBoolean("fastTrack")).isTrue();
    assertThat(java.time.LocalDate.parse(fast.json().getString("dueDate")))
        .isBefore(java.time.LocalDate.parse(normal.getString("dueDate")));
    assertThat(codes(fast.json())).containsExactly("referral.eligibility.desilUnknown");
    long id = fast.json().getJsonNumber("id").longValue();
    JsonObject seenByAgency = Api.send("GET", "/t/karawang/referrals/" + id, dinkes, null).json();
    assertThat(seenByAgency.containsKey("warnings")).isFalse();
    assertThat(seenByAgency.getJsonArray("documents")).isNotEmpty();
  }

  /**
   * A child without documents is referred by person id for a birth certificate; Disdukcapil's desk
   * completes it with the NIK and No. KK it issued, and the child's record takes them (matched with
   * Dukcapil). A NIK that belongs to someone else refuses the move and writes nothing.
   */
  @Test
  void disdukcapilCompletingABirthCertificateGivesTheChildItsNikAndTheFamilyItsCard() {
    String officer = Api.token("puskesos.karawang");
    String disdukcapil = Api.token("disdukcapil.karawang");
    String s = Api.serial();
    String motherNik = "321501450785" + s;
    String family =
        """
        {"kk": "321501120315%s",
         "address": {"villageCode": "32.15.01.1001", "rt": "002", "rw": "005"},
         "femaleHeaded": true,
         "members": [
           {"nik": "%s", "name": "Siti Juariah", "sex": "F", "birthDate": "1985-07-05",
            "relationship": "KEPALA_KELUARGA"},
           {"name": "Putri Lestari", "sex": "F", "birthDate": "2020-01-01",
            "relationship": "ANAK"}]}"""
            .formatted(s, motherNik);
    Api.Reply registered = Api.send("POST", "/t/karawang/households", officer, family);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    long householdId = registered.json().getJsonNumber("id").longValue();
    JsonObject child = Api.member(registered.json(), "Putri Lestari");
    assertThat(child.getString("dukcapilStatus")).isEqualTo("BELUM_PADAN");
    long childId = child.getJsonNumber("id").longValue();

    Api.Reply made =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            officer,
            "{\"personId\": %d, \"serviceCode\": \"AKTA_LAHIR\"}".formatted(childId));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long id = made.json().getJsonNumber("id").longValue();
    assertThat(made.json().getJsonArray("issues").toString())
        .isEqualTo("[\"NIK\",\"KK\",\"AKTA_KELAHIRAN\"]");
    assertThat(move(disdukcapil, id, "{\"to\": \"DITERIMA\"}").status()).isEqualTo(200);
    assertThat(move(disdukcapil, id, "{\"to\": \"DIPROSES\"}").status()).isEqualTo(200);

    // numbers only with a completion as served; a NIK already someone else's is refused
    Api.Reply notServed =
        move(
            disdukcapil,
            id,
            "{\"to\": \"SELESAI\", \"outcome\": \"TIDAK_LAYAK\", \"issuedKk\": \"%s\"}"
                .formatted("321501120316" + s));
    assertThat(notServed.status()).as(notServed.body()).isEqualTo(400);
    assertThat(notServed.body()).contains("\"field\":\"issuedKk\"");
    Api.Reply taken =
        move(
            disdukcapil,
            id,
            ("{\"to\": \"SELESAI\", \"outcome\": \"DILAYANI\", \"issuedNik\": \"%s\"}")
                .formatted(motherNik));
    assertThat(taken.status()).as(taken.body()).isEqualTo(409);
    Api.Reply malformed =
        move(
            disdukcapil,
            id,
            "{\"to\": \"SELESAI\", \"outcome\": \"DILAYANI\", \"issuedNik\": \"12345\"}");
    assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
    assertThat(malformed.body()).contains("\"field\":\"issuedNik\"");
    assertThat(
            Api.send("GET", "/t/karawang/referrals/" + id, officer, null)
                .json()
                .getString("status"))
        .isEqualTo("DIPROSES");

    String childNik = "321501410120" + s;
    String newKk = "321501120316" + s;
    Api.Reply done =
        move(
            disdukcapil,
            id,
            ("{\"to\": \"SELESAI\", \"outcome\": \"DILAYANI\", \"issuedNik\": \"%s\","
                    + " \"issuedKk\": \"%s\", \"note\": \"Akta dan KK baru terbit\"}")
                .formatted(childNik, newKk));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().getString("nik")).isEqualTo(childNik);
    assertThat(done.json().getString("dukcapilStatus")).isEqualTo("PADAN");

    JsonObject after =
        Api.send("GET", "/t/karawang/households/" + householdId, officer, null).json();
    assertThat(after.getString("kk")).isEqualTo(newKk);
    JsonObject putri = Api.member(after, "Putri Lestari");
    assertThat(putri.getString("nik")).isEqualTo(childNik);
    assertThat(putri.getString("dukcapilStatus")).isEqualTo("PADAN");
    assertThat(putri.getJsonArray("documents").toString()).contains("AKTA_KELAHIRAN");

    // a service that issues nothing takes no numbers
    Api.Reply kis = refer(officer, motherNik, "KIS");
    long kisId = kis.json().getJsonNumber("id").longValue();
    String dinkes = Api.token("dinkes.karawang");
    move(dinkes, kisId, "{\"to\": \"DITERIMA\"}");
    move(dinkes, kisId, "{\"to\": \"DIPROSES\"}");
    Api.Reply wrong =
        move(
            dinkes,
            kisId,
            ("{\"to\": \"SELESAI\", \"outcome\": \"DILAYANI\", \"issuedNik\": \"%s\"}")
                .formatted(childNik));
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"field\":\"issuedNik\"");
  }

  /**
   * The district admin adds a holiday of the district's own: a referral made afterwards is due a
   * working day later, one made before keeps the date the family was told; national holidays stay,
   * and nobody else may change the calendar.
   */
  @Test
  void aLocalHolidayMovesTheDueDatesOfNewReferralsOnly() {
    String admin = Api.token("admin.karawang");
    String officer = Api.token("puskesos.karawang");
    String nik = mother(officer);
    Api.Reply before = refer(officer, nik, "KIS");
    assertThat(before.status()).as(before.body()).isEqualTo(201);
    java.time.LocalDate due = java.time.LocalDate.parse(before.json().getString("dueDate"));

    // a working day between today and the due date that is no holiday yet
    java.time.LocalDate day =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(3);
    String known =
        Api.send("GET", "/t/karawang/holidays?year=" + day.getYear(), officer, null).body()
            + Api.send("GET", "/t/karawang/holidays?year=" + (day.getYear() + 1), officer, null)
                .body();
    while (day.getDayOfWeek().getValue() > 5 || known.contains("\"" + day + "\"")) {
      day = day.plusDays(1);
    }
    assertThat(day).isBefore(due);

    String body = "{\"day\": \"%s\", \"name\": \"Hari Jadi Kabupaten\"}".formatted(day);
    assertThat(Api.send("POST", "/t/karawang/holidays", officer, body).status()).isEqualTo(403);
    Api.Reply added = Api.send("POST", "/t/karawang/holidays", admin, body);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().getBoolean("national")).isFalse();
    assertThat(Api.send("POST", "/t/karawang/holidays", admin, body).status()).isEqualTo(409);
    try {
      Api.Reply sameService = refer(officer, mother(officer), "KIS");
      assertThat(sameService.status()).as(sameService.body()).isEqualTo(201);
      java.time.LocalDate later =
          java.time.LocalDate.parse(sameService.json().getString("dueDate"));
      assertThat(later).isAfter(due);
      assertThat(
              Api.send(
                      "GET",
                      "/t/karawang/referrals/" + before.json().getJsonNumber("id"),
                      officer,
                      null)
                  .json()
                  .getString("dueDate"))
          .isEqualTo(due.toString());
    } finally {
      Api.Reply removed = Api.send("DELETE", "/t/karawang/holidays/" + day, admin, null);
      assertThat(removed.status()).as(removed.body()).isEqualTo(204);
    }
    assertThat(Api.send("DELETE", "/t/karawang/holidays/" + day, admin, null).status())
        .isEqualTo(404);

    // national holidays stay; bad input is a clear 400
    Api.Reply christmas = Api.send("DELETE", "/t/karawang/holidays/2026-12-25", admin, null);
    assertThat(christmas.status()).as(christmas.body()).isEqualTo(409);
    Api.Reply weekend =
        Api.send(
            "POST",
            "/t/karawang/holidays",
            admin,
            "{\"day\": \"2027-01-02\", \"name\": \"Sabtu\"}");
    assertThat(weekend.status()).isEqualTo(400);
    assertThat(weekend.body()).contains("\"field\":\"day\"");
    Api.Reply nameless =
        Api.send("POST", "/t/karawang/holidays", admin, "{\"day\": \"31-12-2026\"}");
    assertThat(nameless.status()).isEqualTo(400);
    assertThat(nameless.body()).contains("\"field\":\"day\"").contains("\"field\":\"name\"");
    assertThat(Api.send("GET", "/t/karawang/holidays?year=abc", admin, null).status())
        .isEqualTo(400);
  }
}
