package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P2TP2A's violence cases over the API: opened by a manager or handed over from a Puskesos need and
 * a KLIK violence desk, read only by the assigned managers and the P2TP2A head (404 byte for byte
 * for everyone else), handled along the SOP to termination, with the access log.
 */
@ExtendWith(ArquillianExtension.class)
class ViolenceCaseIT {
  private static final String CASES = "/t/karawang/violence-cases";

  /** Well-formed, and (60 random bits) not a case of anyone's. */
  private static final String NO_SUCH_CASE = "0000-0000-0000";

  private static final List<String> OTHERS =
      List.of(
          "admin.karawang",
          "puskesos.karawang",
          "klik.karawang",
          "pendamping.karawang",
          "korkab.karawang",
          "disdukcapil.karawang",
          "dinkes.karawang");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static String mother(String officer) {
    JsonObject family = Api.registerFamily(officer).json();
    return Api.member(family, "Siti Juariah").getString("nik");
  }

  private static void noHead() {
    Api.send(
        "DELETE", "/t/karawang/p2tp2a/heads/p2tp2a.karawang", Api.token("admin.karawang"), null);
  }

  /** Asserts that {@code path} (with the case's reference) answers as for a case that is not. */
  private static void hiddenFrom(String user, String method, String path, String ref, String body) {
    String token = Api.token(user);
    Api.Reply real = Api.send(method, path, token, body);
    Api.Reply missing = Api.send(method, path.replace(ref, NO_SUCH_CASE), token, body);
    assertThat(real.status()).as(user + " " + method + " " + path).isEqualTo(404);
    assertThat(real.body()).as(user + " " + path).isEqualTo(missing.body());
    assertThat(real.contentType()).isEqualTo(missing.contentType());
  }

  /** The new hand-over with this reference, once the outbox has delivered it. */
  private static JsonObject handOver(String manager, String ref) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      Optional<JsonObject> found =
          Api.send("GET", CASES + "/hand-overs?size=500", manager, null)
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(c -> c.getString("id").equals(ref))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("hand-over " + ref + " never reached the intake list");
  }

  @Test
  void aManagerOpensACaseThatOnlyItsManagersAndTheHeadRead() {
    noHead();
    String officer = Api.token("puskesos.karawang");
    String nik = mother(officer);
    String counsellor = Api.token("konselor.karawang");

    Api.Reply opened =
        Api.send(
            "POST",
            CASES,
            counsellor,
            ("{\"victim\": {\"nik\": \"%s\", \"anonymous\": false},"
                    + " \"violenceTypes\": [\"FISIK\", \"PSIKIS\"],"
                    + " \"perpetratorRelation\": \"SUAMI_ISTRI\", \"perpetratorInSameKk\": true,"
                    + " \"narrative\": \"Dipukul suami sejak Mei\","
                    + " \"simfoniNumber\": \"SIMFONI-3215-0042\","
                    + " \"consentSocialProtection\": true}")
                .formatted(nik));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    JsonObject c = opened.json();
    String ref = c.getString("id");
    assertThat(ref).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(opened.raw().headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.endsWith(ref));
    assertThat(c.getString("status")).isEqualTo("BARU");
    assertThat(c.getJsonObject("victim").getString("name")).isEqualTo("Siti Juariah");
    assertThat(c.getBoolean("householdReachable")).isFalse();
    assertThat(c.getBoolean("consentSocialProtection")).isTrue();
    assertThat(c.getJsonArray("managers").getValuesAs(JsonString::getString))
        .containsExactly("konselor.karawang");
    assertThat(c.getJsonArray("consents").getJsonObject(0).getString("givenBy"))
        .isEqualTo("KORBAN");

    // the manager reads it; everyone else gets what a case that does not exist gives, the other
    // manager of the district and the district admin included
    assertThat(Api.send("GET", CASES + "/" + ref, counsellor, null).json().getString("narrative"))
        .isEqualTo("Dipukul suami sejak Mei");
    String step = "{\"step\": \"ASESMEN\", \"doneOn\": \"2026-01-01\"}";
    for (String user : concat(OTHERS, "p2tp2a.karawang")) {
      hiddenFrom(user, "GET", CASES + "/" + ref, ref, null);
      hiddenFrom(user, "POST", CASES + "/" + ref + "/steps", ref, step);
      hiddenFrom(user, "GET", CASES + "/" + ref + "/access-log", ref, null);
      hiddenFrom(user, "PUT", CASES + "/" + ref + "/managers", ref, "{\"managers\": []}");
    }
    assertThat(Api.send("GET", CASES, Api.token("p2tp2a.karawang"), null).body())
        .doesNotContain(ref);
    // another district's manager: not in Karawang at all, and no such case in Kendal
    String kendal = Api.token("p2tp2a.kendal");
    assertThat(Api.send("GET", CASES + "/" + ref, kendal, null).status()).isEqualTo(403);
    assertThat(Api.send("GET", "/t/kendal/violence-cases/" + ref, kendal, null).status())
        .isEqualTo(404);

    // the P2TP2A head the district admin names reads every case, until the part is taken back
    String admin = Api.token("admin.karawang");
    Api.Reply notManager =
        Api.send("PUT", "/t/karawang/p2tp2a/heads/puskesos.karawang", admin, null);
    assertThat(notManager.status()).isEqualTo(400);
    assertThat(notManager.body()).contains("\"field\":\"username\"");
    assertThat(Api.send("PUT", "/t/karawang/p2tp2a/heads/p2tp2a.karawang", admin, null).status())
        .isEqualTo(200);
    try {
      String head = Api.token("p2tp2a.karawang");
      assertThat(Api.send("GET", CASES + "/" + ref, head, null).status()).isEqualTo(200);
      assertThat(Api.send("GET", CASES + "?size=500", head, null).body()).contains(ref);
    } finally {
      noHead();
    }
    hiddenFrom("p2tp2a.karawang", "GET", CASES + "/" + ref, ref, null);

    // the district admin may break the glass, with a written reason the managers see at once;
    // for anyone else it is a case that does not exist
    String why = "{\"reason\": \"Pengadilan meminta berkas untuk sidang perlindungan hari ini\"}";
    for (String user : concat(OTHERS.subList(1, OTHERS.size()), "p2tp2a.karawang")) {
      hiddenFrom(user, "POST", CASES + "/" + ref + "/break-glass", ref, why);
    }
    Api.Reply tooShort =
        Api.send("POST", CASES + "/" + ref + "/break-glass", admin, "{\"reason\": \"perlu\"}");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.body()).contains("\"field\":\"reason\"");
    assertThat(Api.send("POST", CASES + "/" + NO_SUCH_CASE + "/break-glass", admin, why).status())
        .isEqualTo(404);
    Api.Reply glass = Api.send("POST", CASES + "/" + ref + "/break-glass", admin, why);
    assertThat(glass.status()).as(glass.body()).isEqualTo(200);
    assertThat(glass.json().getString("narrative")).isEqualTo("Dipukul suami sejak Mei");
    JsonObject seenByManager = Api.send("GET", CASES + "/" + ref, counsellor, null).json();
    assertThat(seenByManager.getJsonArray("emergencyReads").getJsonObject(0).getString("reason"))
        .startsWith("Pengadilan meminta berkas");
    assertThat(seenByManager.getJsonArray("emergencyReads").getJsonObject(0).getString("user"))
        .isEqualTo("admin.karawang");

    // every read is in the case's access log, and nowhere the admin reads
    List<JsonObject> log =
        Api.send("GET", CASES + "/" + ref + "/access-log", counsellor, null)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(log)
        .extracting(e -> e.getString("user") + " " + e.getString("action"))
        .contains(
            "p2tp2a.karawang violence-case.read",
            "admin.karawang violence-case.break-glass",
            "konselor.karawang violence-case.read",
            "konselor.karawang violence-case.open");
    String audit = Api.send("GET", "/t/karawang/audit?size=500", admin, null).body();
    assertThat(audit).doesNotContain(ref).doesNotContain("violence-case");
  }

  @Test
  void refusedInputNamesItsFieldsAndOpensNothing() {
    String counsellor = Api.token("konselor.karawang");
    long before =
        Api.send("GET", CASES, counsellor, null).json().getJsonNumber("total").longValue();
    Api.Reply bad =
        Api.send(
            "POST",
            CASES,
            counsellor,
            "{\"victim\": {\"anonymous\": true, \"nik\": \"3215014507850001\","
                + " \"birthDate\": \"2015-02-30\"},"
                + " \"violenceTypes\": [\"DIPUKUL\"], \"perpetratorRelation\": \"PAMAN\","
                + " \"reportedOn\": \"2999-01-01\", \"managers\": [\"puskesos.karawang\"]}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.body())
        .contains("\"field\":\"victim.anonymous\"")
        .contains("\"field\":\"victim.birthDate\"")
        .contains("\"field\":\"violenceTypes[0]\"")
        .contains("\"field\":\"perpetratorRelation\"")
        .contains("\"field\":\"managers[0]\"");
    // a child's consent is the guardian's: without one named, it is refused
    Api.Reply child =
        Api.send(
            "POST",
            CASES,
            counsellor,
            "{\"victim\": {\"anonymous\": true, \"alias\": \"Bunga\", \"child\": true},"
                + " \"violenceTypes\": [\"SEKSUAL\"], \"consentSocialProtection\": true}");
    assertThat(child.status()).isEqualTo(400);
    assertThat(child.body()).contains("\"field\":\"guardian.name\"");
    assertThat(Api.send("POST", CASES, counsellor, "{\"victim\": ").status()).isEqualTo(400);
    assertThat(Api.send("POST", CASES, Api.token("puskesos.karawang"), "{}").status())
        .isEqualTo(403);
    assertThat(Api.send("GET", CASES, counsellor, null).json().getJsonNumber("total").longValue())
        .isEqualTo(before);
  }

  @Test
  void aKlikViolenceDeskConsultationBecomesACaseThatAManagerHandlesToTermination()
      throws InterruptedException {
    String cadre = Api.token("klik.karawang");
    Api.Reply event =
        Api.send(
            "POST",
            "/t/karawang/klik-events",
            cadre,
            "{\"villageCode\": \"32.15.01.1001\", \"heldOn\": \"2026-11-20\","
                + " \"organizer\": \"Serikat PEKKA\"}");
    assertThat(event.status()).as(event.body()).isEqualTo(201);
    Api.Reply told =
        Api.send(
            "POST",
            "/t/karawang/klik-events/" + event.json().getJsonNumber("id") + "/consultations",
            cadre,
            "{\"desk\": \"PENGADUAN_KEKERASAN\", \"sex\": \"F\","
                + " \"topic\": \"Diancam mantan suami\"}");
    assertThat(told.status()).as(told.body()).isEqualTo(201);
    assertThat(told.body()).doesNotContain("Diancam");
    String ref = told.json().getString("handOverReference");
    assertThat(ref).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    String counsellor = Api.token("konselor.karawang");
    JsonObject waiting = handOver(counsellor, ref);
    assertThat(waiting.getString("channel")).isEqualTo("KLIK");
    assertThat(waiting.getString("status")).isEqualTo("BARU");
    assertThat(waiting.containsKey("victim")).isFalse();
    // not read before it is taken, not by the cadre ever
    hiddenFrom("konselor.karawang", "GET", CASES + "/" + ref, ref, null);
    hiddenFrom("klik.karawang", "GET", CASES + "/" + ref, ref, null);
    hiddenFrom("klik.karawang", "POST", CASES + "/" + ref + "/take", ref, null);

    Api.Reply taken = Api.send("POST", CASES + "/" + ref + "/take", counsellor, null);
    assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    assertThat(taken.json().getString("narrative")).isEqualTo("Diancam mantan suami");
    assertThat(taken.json().getString("villageCode")).isEqualTo("32.15.01.1001");
    assertThat(
            Api.send("POST", CASES + "/" + ref + "/take", Api.token("p2tp2a.karawang"), null)
                .status())
        .isEqualTo(404);
    assertThat(Api.send("GET", CASES + "/hand-overs?size=500", counsellor, null).body())
        .doesNotContain(ref);

    String path = CASES + "/" + ref;
    assertThat(step(counsellor, path, "PENGADUAN", "2026-11-20", null).getString("status"))
        .isEqualTo("BARU");
    assertThat(step(counsellor, path, "ASESMEN", "2026-11-21", null).getString("status"))
        .isEqualTo("DITANGANI");
    JsonObject medical = step(counsellor, path, "LAYANAN_KESEHATAN", "2026-11-22", "DINKES");
    assertThat(medical.getJsonArray("steps").getJsonObject(2).getString("agency"))
        .isEqualTo("DINKES");
    Api.Reply unknownStep =
        Api.send(
            "POST",
            path + "/steps",
            counsellor,
            "{\"step\": \"RUKYAH\", \"doneOn\": \"2026-11-22\"}");
    assertThat(unknownStep.status()).isEqualTo(400);
    assertThat(unknownStep.body()).contains("\"field\":\"step\"");
    assertThat(step(counsellor, path, "TERMINASI", "2026-11-30", null).getString("status"))
        .isEqualTo("DITERMINASI");
    assertThat(
            Api.send(
                    "POST",
                    path + "/steps",
                    counsellor,
                    "{\"step\": \"MEDIASI\", \"doneOn\": \"2026-11-30\"}")
                .status())
        .isEqualTo(409);
    assertThat(step(counsellor, path, "PEMANTAUAN", "2026-12-01", null).getString("status"))
        .isEqualTo("DIPANTAU");

    List<String> log =
        Api.send("GET", path + "/access-log", counsellor, null)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("action"))
            .toList();
    assertThat(log).contains("violence-case.hand-over", "violence-case.take", "violence-case.step");
  }

  @Test
  void aViolenceNeedAtThePuskesosIsPassedOnWithItsPerson() throws InterruptedException {
    String officer = Api.token("puskesos.karawang");
    String nik = mother(officer);
    Api.Reply recorded =
        Api.send(
            "POST",
            "/t/karawang/needs",
            officer,
            "{\"nik\": \"%s\", \"category\": \"KEKERASAN\", \"description\": \"Ditampar\"}"
                .formatted(nik));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.body()).doesNotContain("Ditampar").doesNotContain(nik);
    String ref = recorded.json().getString("handOverReference");

    String manager = Api.token("p2tp2a.karawang");
    assertThat(handOver(manager, ref).getString("channel")).isEqualTo("PUSKESOS");
    JsonObject c = Api.send("POST", CASES + "/" + ref + "/take", manager, null).json();
    assertThat(c.getString("narrative")).isEqualTo("Ditampar");
    assertThat(c.getJsonObject("victim").getString("nik")).isEqualTo(nik);
    assertThat(c.getJsonObject("victim").getString("sex")).isEqualTo("F");
    hiddenFrom("puskesos.karawang", "GET", CASES + "/" + ref, ref, null);
  }

  @Test
  void underConsentAManagerReadsTheFamilysStatusAndRefersHerWithoutATraceOfTheCase() {
    noHead();
    String officer = Api.token("puskesos.karawang");
    JsonObject family = Api.registerFamily(officer).json();
    String nik = Api.member(family, "Siti Juariah").getString("nik");
    long household = family.getJsonNumber("id").longValue();
    Api.Reply welfare =
        Api.send(
            "POST",
            "/t/karawang/households/" + household + "/welfare-status",
            officer,
            "{\"register\": \"DTSEN\", \"registered\": true, \"desil\": 2,"
                + " \"source\": \"SIKS-NG\", \"asOf\": \"2026-06-01\"}");
    assertThat(welfare.status()).as(welfare.body()).isEqualTo(201);
    String counsellor = Api.token("konselor.karawang");
    JsonObject c =
        Api.send(
                "POST",
                CASES,
                counsellor,
                ("{\"victim\": {\"nik\": \"%s\"}, \"violenceTypes\": [\"FISIK\"],"
                        + " \"perpetratorRelation\": \"SUAMI_ISTRI\","
                        + " \"perpetratorInSameKk\": true,"
                        + " \"narrative\": \"Dipukul suami; butuh KIS\"}")
                    .formatted(nik))
            .json();
    String ref = c.getString("id");
    String path = CASES + "/" + ref;
    String refer =
        "{\"serviceCode\": \"KIS\", \"step\": \"REINTEGRASI\", \"notes\": \"lewat kakak\"}";

    // without her consent nothing leaves P2TP2A, and with the husband at home a safe contact is
    // asked for; nothing is written
    Api.Reply refused = Api.send("POST", path + "/referrals", counsellor, refer);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"field\":\"consent\"")
        .contains("\"field\":\"safeContact\"");
    assertThat(Api.send("GET", path + "/social-protection", counsellor, null).status())
        .isEqualTo(400);
    assertThat(
            Api.send("GET", "/t/karawang/referrals?nik=" + nik, officer, null)
                .json()
                .getJsonNumber("total")
                .longValue())
        .isZero();

    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
    Api.Reply consent =
        Api.send(
            "POST",
            path + "/consents",
            counsellor,
            ("{\"purpose\": \"PERLINDUNGAN_SOSIAL\", \"recipient\": \"SLRT\","
                    + " \"givenOn\": \"%s\", \"expiresOn\": \"%s\", \"givenBy\": \"KORBAN\"}")
                .formatted(today, java.time.LocalDate.parse(today).plusMonths(6)));
    assertThat(consent.status()).as(consent.body()).isEqualTo(200);
    JsonObject protection = Api.send("GET", path + "/social-protection", counsellor, null).json();
    assertThat(protection.getJsonNumber("householdId").longValue()).isEqualTo(household);
    JsonObject dtsen = protection.getJsonArray("welfare").getJsonObject(0);
    assertThat(dtsen.getString("register")).isEqualTo("DTSEN");
    assertThat(dtsen.getInt("desil")).isEqualTo(2);
    // a day before the report is refused before anything is made
    Api.Reply early =
        Api.send(
            "POST",
            path + "/referrals",
            counsellor,
            "{\"serviceCode\": \"KIS\", \"step\": \"REINTEGRASI\", \"doneOn\": \"2020-01-01\"}");
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("\"field\":\"safeContact\"");
    String contact = "Kakak korban, Jl. Melati 5, 0812-1111-2222";
    Api.Reply safe =
        Api.send(
            "PUT", path + "/safe-contact", counsellor, "{\"safeContact\": \"" + contact + "\"}");
    assertThat(safe.status()).as(safe.body()).isEqualTo(200);
    early =
        Api.send(
            "POST",
            path + "/referrals",
            counsellor,
            "{\"serviceCode\": \"KIS\", \"step\": \"REINTEGRASI\", \"doneOn\": \"2020-01-01\"}");
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("\"field\":\"doneOn\"");
    assertThat(
            Api.send("GET", "/t/karawang/referrals?nik=" + nik, officer, null)
                .json()
                .getJsonNumber("total")
                .longValue())
        .isZero();

    Api.Reply made = Api.send("POST", path + "/referrals", counsellor, refer);
    assertThat(made.status()).as(made.body()).isEqualTo(200);
    JsonObject stepView = made.json().getJsonArray("steps").getJsonObject(0);
    assertThat(stepView.getString("step")).isEqualTo("REINTEGRASI");
    assertThat(stepView.getString("agency")).isEqualTo("DINKES");
    assertThat(stepView.getString("referralService")).isEqualTo("KIS");
    assertThat(stepView.getString("referralStatus")).isEqualTo("DIRUJUK");
    long referralId = stepView.getJsonNumber("referralId").longValue();

    // the Puskesos and the agency see a referral of KIS made in the district's name, reaching her
    // through the safe contact, with nothing of the case
    for (String user : List.of("puskesos.karawang", "dinkes.karawang", "admin.karawang")) {
      Api.Reply seen =
          Api.send("GET", "/t/karawang/referrals/" + referralId, Api.token(user), null);
      assertThat(seen.status()).as(user + " " + seen.body()).isEqualTo(200);
      JsonObject r = seen.json();
      assertThat(r.getString("serviceCode")).isEqualTo("KIS");
      assertThat(r.getString("referredBy")).isEqualTo("sistem:kabupaten");
      assertThat(r.getString("contact")).isEqualTo(contact);
      assertThat(r.containsKey("address") && !r.isNull("address")).as("address").isFalse();
      assertThat(r.containsKey("phone") && !r.isNull("phone")).as("phone").isFalse();
      assertThat(r.containsKey("reason") && !r.isNull("reason")).as("reason").isFalse();
      assertThat(r.containsKey("needId") && !r.isNull("needId")).as("needId").isFalse();
      assertThat(seen.body())
          .doesNotContain(ref)
          .doesNotContain("konselor")
          .doesNotContain("P2TP2A")
          .doesNotContain("lewat kakak")
          .doesNotContain("Dipukul");
    }
    Api.Reply inbox =
        Api.send("GET", "/t/karawang/referrals?size=500", Api.token("dinkes.karawang"), null);
    assertThat(inbox.body()).contains("\"id\":" + referralId).doesNotContain(ref);
    // the admin's audit trail: made by the district's system user, and nothing of the manager's
    // but signing in
    JsonObject made1 =
        Api.send(
                "GET",
                "/t/karawang/audit?action=referral.make&size=500",
                Api.token("admin.karawang"),
                null)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> ("#" + referralId).equals(e.getString("target", null)))
            .findFirst()
            .orElseThrow();
    assertThat(made1.getString("user")).isEqualTo("sistem:kabupaten");
    assertThat(made1.containsKey("address") && !made1.isNull("address"))
        .as("the manager's network address in the trail")
        .isFalse();
    // the district office's own referral reads the same: in the district's name, in the referral
    // and in the trail, so the case's referral is one of the district's many
    Api.Reply byOffice =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            Api.token("admin.karawang"),
            "{\"nik\": \""
                + nik
                + "\", \"serviceCode\": \"KIS\", \"reason\": \"Datang ke kantor\"}");
    assertThat(byOffice.status()).as(byOffice.body()).isEqualTo(201);
    long officeId = byOffice.json().getJsonNumber("id").longValue();
    JsonObject office =
        Api.send("GET", "/t/karawang/referrals/" + officeId, Api.token("dinkes.karawang"), null)
            .json();
    assertThat(office.getString("referredBy")).isEqualTo("sistem:kabupaten");
    assertThat(office.getJsonArray("history").getJsonObject(0).getString("by"))
        .isEqualTo("sistem:kabupaten");
    JsonObject madeByOffice =
        Api.send(
                "GET",
                "/t/karawang/audit?action=referral.make&size=500",
                Api.token("admin.karawang"),
                null)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> ("#" + officeId).equals(e.getString("target", null)))
            .findFirst()
            .orElseThrow();
    assertThat(madeByOffice.getString("user")).isEqualTo("sistem:kabupaten");
    assertThat(madeByOffice.containsKey("address") && !madeByOffice.isNull("address")).isFalse();
    assertThat(
            Api.send(
                    "GET",
                    "/t/karawang/audit?user=konselor.karawang&size=500",
                    Api.token("admin.karawang"),
                    null)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("action")))
        .allMatch(a -> a.startsWith("auth."));
    // the manager prints its letter from the case, in the district's name: the secretariat's
    // signatory signs it, and the admin's trail names the district's user, not the manager
    Api.Reply named =
        Api.send(
            "PUT",
            "/t/karawang/letter-settings/signatories/SEKRETARIAT",
            Api.token("admin.karawang"),
            "{\"username\": \"admin.karawang\", \"name\": \"Drs. H. Asep Saepudin, M.Si.\","
                + " \"title\": \"Kepala Bidang Perlindungan dan Jaminan Sosial\","
                + " \"nip\": \"197001011995031002\"}");
    assertThat(named.status()).as(named.body()).isEqualTo(200);
    String letter = path + "/referrals/" + referralId + "/letter.pdf";
    Api.Download pdf = Api.download(letter, counsellor);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    JsonObject printed =
        Api.send(
                "GET",
                "/t/karawang/audit?action=referral.letter.print&size=500",
                Api.token("admin.karawang"),
                null)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                e ->
                    ("#" + referralId).equals(e.getString("target", null))
                        || String.valueOf(referralId).equals(e.getString("target", null)))
            .findFirst()
            .orElseThrow();
    assertThat(printed.getString("user")).isEqualTo("sistem:kabupaten");
    // a referral that is not the case's: as a case that does not exist
    assertThat(
            Api.send(
                    "GET",
                    path + "/referrals/" + (referralId + 1_000_000) + "/letter.pdf",
                    counsellor,
                    null)
                .status())
        .isEqualTo(404);
    hiddenFrom("puskesos.karawang", "GET", letter, ref, null);
    // the case's access log has the referral and the read of the family's status
    assertThat(Api.send("GET", path + "/access-log?size=100", counsellor, null).body())
        .contains("violence-case.referral")
        .contains("violence-case.letter")
        .contains("violence-case.social-protection")
        .contains("violence-case.safe-contact");
    for (String user : concat(OTHERS, "p2tp2a.karawang")) {
      hiddenFrom(user, "POST", path + "/referrals", ref, refer);
      hiddenFrom(user, "GET", path + "/social-protection", ref, null);
      hiddenFrom(user, "PUT", path + "/safe-contact", ref, "{\"safeContact\": \"x\"}");
    }
  }

  @Test
  void aRetriedOpeningOpensOneCaseAndItsReplayCarriesNothingOfIt() {
    String counsellor = Api.token("konselor.karawang");
    String key = "open-" + Api.serial();
    String body =
        "{\"victim\": {\"anonymous\": true, \"alias\": \"Melati\"},"
            + " \"violenceTypes\": [\"PSIKIS\"], \"narrative\": \"Diancam lewat telepon\"}";
    Api.Reply first = Api.send("POST", CASES, counsellor, body, Map.of("Idempotency-Key", key));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    String ref = first.json().getString("id");
    Api.Reply again = Api.send("POST", CASES, counsellor, body, Map.of("Idempotency-Key", key));
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(again.raw().headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.endsWith(ref));
    assertThat(again.body()).isEmpty();
    assertThat(
            Api.send("GET", CASES + "?size=500", counsellor, null)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> "Melati".equals(c.getString("victim", null))))
        .hasSize(1);
    // a step retried is recorded once
    String step =
        "{\"step\": \"ASESMEN\", \"doneOn\": \"%s\"}"
            .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")));
    String stepKey = "step-" + Api.serial();
    for (int i = 0; i < 2; i++) {
      assertThat(
              Api.send(
                      "POST",
                      CASES + "/" + ref + "/steps",
                      counsellor,
                      step,
                      Map.of("Idempotency-Key", stepKey))
                  .status())
          .isEqualTo(200);
    }
    assertThat(Api.send("GET", CASES + "/" + ref, counsellor, null).json().getJsonArray("steps"))
        .hasSize(1);
  }

  @Test
  void theDistrictAdminSetsTheSopTheManagersChooseFrom() {
    String admin = Api.token("admin.karawang");
    String counsellor = Api.token("konselor.karawang");
    String sop = "/t/karawang/p2tp2a/sop-steps";
    String original = Api.send("GET", sop, admin, null).body();
    try {
      // no termination step: no case could end; a code twice; nothing written
      Api.Reply refused =
          Api.send(
              "PUT",
              sop,
              admin,
              "{\"steps\": [{\"code\": \"ASESMEN\", \"name\": \"Asesmen\", \"phase\": \"PENANGANAN\"},"
                  + " {\"code\": \"ASESMEN\", \"name\": \"Lagi\", \"phase\": \"PENANGANAN\"},"
                  + " {\"code\": \"x\", \"name\": \"\", \"phase\": \"NANTI\"}]}");
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body())
          .contains("\"field\":\"steps\"")
          .contains("\"field\":\"steps[1].code\"")
          .contains("\"field\":\"steps[2].code\"")
          .contains("\"field\":\"steps[2].name\"")
          .contains("\"field\":\"steps[2].phase\"");
      assertThat(Api.send("GET", sop, admin, null).body()).isEqualTo(original);
      assertThat(Api.send("PUT", sop, counsellor, "{\"steps\": []}").status()).isEqualTo(403);

      // a district's own step added after the assessment, and mediation taken out
      Api.Reply changed =
          Api.send(
              "PUT",
              sop,
              admin,
              "{\"steps\": [{\"code\": \"PENGADUAN\", \"name\": \"Pengaduan diterima\", \"phase\": \"PENERIMAAN\"},"
                  + " {\"code\": \"ASESMEN\", \"name\": \"Asesmen\", \"phase\": \"PENANGANAN\"},"
                  + " {\"code\": \"KONSELING_KELUARGA\", \"name\": \"Konseling keluarga\", \"phase\": \"PENANGANAN\"},"
                  + " {\"code\": \"TERMINASI\", \"name\": \"Terminasi kasus\", \"phase\": \"TERMINASI\"}]}");
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);
      String offered = Api.send("GET", sop, counsellor, null).body();
      assertThat(offered).contains("KONSELING_KELUARGA").doesNotContain("MEDIASI");
      assertThat(offered.indexOf("ASESMEN")).isLessThan(offered.indexOf("KONSELING_KELUARGA"));
      String ref =
          Api.send(
                  "POST",
                  CASES,
                  counsellor,
                  "{\"victim\": {\"anonymous\": true}, \"violenceTypes\": [\"PSIKIS\"]}")
              .json()
              .getString("id");
      String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
      JsonObject c = step(counsellor, CASES + "/" + ref, "KONSELING_KELUARGA", today, null);
      assertThat(c.getJsonArray("steps").getJsonObject(0).getString("name"))
          .isEqualTo("Konseling keluarga");
      Api.Reply gone =
          Api.send(
              "POST",
              CASES + "/" + ref + "/steps",
              counsellor,
              "{\"step\": \"MEDIASI\", \"doneOn\": \"%s\"}".formatted(today));
      assertThat(gone.status()).isEqualTo(400);
      assertThat(gone.body()).contains("\"field\":\"step\"");
    } finally {
      Api.send("PUT", sop, admin, "{\"steps\": " + original + "}");
    }
    assertThat(Api.send("GET", sop, admin, null).body()).isEqualTo(original);
  }

  private static JsonObject step(
      String token, String path, String step, String day, String agency) {
    Api.Reply r =
        Api.send(
            "POST",
            path + "/steps",
            token,
            "{\"step\": \"%s\", \"doneOn\": \"%s\"%s}"
                .formatted(step, day, agency == null ? "" : ", \"agency\": \"" + agency + "\""));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<String> concat(List<String> users, String more) {
    return java.util.stream.Stream.concat(users.stream(), java.util.stream.Stream.of(more))
        .toList();
  }
}
