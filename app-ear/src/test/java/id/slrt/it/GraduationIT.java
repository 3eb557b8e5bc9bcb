package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Graduation from PKH: a facilitator proposes with the evidence the type needs, only a PKH
 * coordinator decides, and an approval graduates the KPM; the system lists natural candidates.
 */
@ExtendWith(ArquillianExtension.class)
class GraduationIT {
  private static final String GRADUATIONS = "/t/karawang/pkh/graduations";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static Api.Reply propose(String token, String body) {
    return Api.send("POST", GRADUATIONS, token, body);
  }

  @Test
  void aFacilitatorProposesAndACoordinatorApprovesOrRefuses() {
    String code = "LULUS-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    String facilitator = Api.token("pendamping.karawang");
    String coordinator = Api.token("korkab.karawang");

    // a family whose only child finished SMA last July: a natural candidate
    JsonObject family = Api.registerFamily(Api.token("puskesos.karawang")).json();
    String natural =
        "3215" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    Api.Reply enrolled =
        Api.send(
            "POST",
            "/t/karawang/pkh/kpm",
            facilitator,
            ("{\"participantNumber\": \"%s\", \"kk\": \"%s\", \"groupCode\": \"%s\","
                    + " \"members\": [{\"nik\": \"%s\", \"component\": \"ANAK_SMA\","
                    + " \"from\": \"2022-07-01\", \"to\": \"2025-07-01\"}]}")
                .formatted(
                    natural,
                    family.getString("kk"),
                    code,
                    Api.member(family, "Budi Santoso").getString("nik")));
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    assertThat(enrolled.json().getBoolean("naturalGraduationDue")).isTrue();
    assertThat(
            Api.send("GET", "/t/karawang/pkh/graduation-candidates", facilitator, null)
                .parse()
                .asJsonArray()
                .stream()
                .map(v -> v.asJsonObject().getString("participantNumber")))
        .contains(natural)
        .doesNotContain(kpm.get(0));

    // refusals by field, nothing written
    Api.Reply notNatural =
        propose(
            facilitator,
            "{\"participantNumber\": \"%s\", \"type\": \"ALAMIAH\"}".formatted(kpm.get(0)));
    assertThat(notNatural.status()).isEqualTo(400);
    assertThat(notNatural.body()).contains("\"field\":\"type\"");
    Api.Reply noLetter =
        propose(
            facilitator,
            "{\"participantNumber\": \"%s\", \"type\": \"MANDIRI\"}".formatted(kpm.get(0)));
    assertThat(noLetter.status()).isEqualTo(400);
    assertThat(noLetter.body()).contains("\"field\":\"statementLetter\"");
    assertThat(Api.send("GET", GRADUATIONS + "?size=500", facilitator, null).body())
        .doesNotContain(kpm.get(0));

    Api.Reply mandiri =
        propose(
            facilitator,
            ("{\"participantNumber\": \"%s\", \"type\": \"MANDIRI\", \"statementLetter\": true,"
                    + " \"statementDate\": \"2026-11-02\", \"training\": \"KUBE Mawar 2025\"}")
                .formatted(kpm.get(0)));
    assertThat(mandiri.status()).as(mandiri.body()).isEqualTo(201);
    long mandiriId = mandiri.json().getJsonNumber("id").longValue();
    assertThat(mandiri.json().getString("status")).isEqualTo("DIUSULKAN");
    assertThat(mandiri.json().getString("recipientName")).isEqualTo("Sri Wahyuni");
    // one open proposal per family
    assertThat(
            propose(
                    facilitator,
                    "{\"participantNumber\": \"%s\", \"type\": \"MANDIRI\", \"statementLetter\":"
                            .formatted(kpm.get(0))
                        + " true, \"statementDate\": \"2026-11-02\"}")
                .status())
        .isEqualTo(409);

    // the facilitator does not decide; another facilitator does not even see it
    assertThat(
            Api.send(
                    "POST",
                    GRADUATIONS + "/" + mandiriId + "/transitions",
                    facilitator,
                    "{\"to\": \"DISETUJUI\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            Api.send("GET", GRADUATIONS + "/" + mandiriId, Api.token("pendamping2.karawang"), null)
                .status())
        .isEqualTo(404);

    Api.Reply approved =
        Api.send(
            "POST",
            GRADUATIONS + "/" + mandiriId + "/transitions",
            coordinator,
            "{\"to\": \"DISETUJUI\", \"note\": \"Sesuai hasil verifikasi\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("DISETUJUI");
    assertThat(approved.json().getString("decidedBy")).isEqualTo("korkab.karawang");
    JsonObject graduated =
        Api.send("GET", "/t/karawang/pkh/kpm/" + kpm.get(0), facilitator, null).json();
    assertThat(graduated.getString("status")).isEqualTo("GRADUASI");
    assertThat(graduated.getString("graduationType")).isEqualTo("MANDIRI");
    assertThat(
            Api.send(
                    "POST",
                    GRADUATIONS + "/" + mandiriId + "/transitions",
                    coordinator,
                    "{\"to\": \"DITOLAK\", \"note\": \"x\"}")
                .status())
        .isEqualTo(409);

    // the natural one, refused without a reason and then with one; the family stays active
    long naturalId =
        propose(
                facilitator,
                "{\"participantNumber\": \"%s\", \"type\": \"ALAMIAH\"}".formatted(natural))
            .json()
            .getJsonNumber("id")
            .longValue();
    Api.Reply noReason =
        Api.send(
            "POST",
            GRADUATIONS + "/" + naturalId + "/transitions",
            coordinator,
            "{\"to\": \"DITOLAK\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"note\"");
    Api.Reply refused =
        Api.send(
            "POST",
            GRADUATIONS + "/" + naturalId + "/transitions",
            coordinator,
            "{\"to\": \"DITOLAK\", \"note\": \"Adik masih SMP, komponen belum dicatat\"}");
    assertThat(refused.json().getString("status")).isEqualTo("DITOLAK");
    assertThat(
            Api.send("GET", "/t/karawang/pkh/kpm/" + natural, facilitator, null)
                .json()
                .getString("status"))
        .isEqualTo("AKTIF");
    assertThat(
            Api.send("GET", GRADUATIONS + "?status=DISETUJUI&size=500", coordinator, null).body())
        .contains(kpm.get(0))
        .doesNotContain(natural);
  }

  private static JsonObject ownTarget(String token) {
    return Api.send("GET", "/t/karawang/pkh/graduation-targets", token, null)
        .parse()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(t -> t.getString("facilitator").equals("pendamping.karawang"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCoordinatorSetsAFacilitatorsYearlyTargetAndApprovalsCountTowardIt() {
    String coordinator = Api.token("korkab.karawang");
    String facilitator = Api.token("pendamping.karawang");
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear();
    String path = "/t/karawang/pkh/graduation-targets/pendamping.karawang/" + year;
    assertThat(Api.send("PUT", path, facilitator, "{\"target\": 25}").status()).isEqualTo(403);
    Api.Reply bad = Api.send("PUT", path, coordinator, "{\"target\": 900}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    Api.Reply unknown =
        Api.send(
            "PUT",
            "/t/karawang/pkh/graduation-targets/puskesos.karawang/" + year,
            coordinator,
            "{\"target\": 5}");
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    Api.Reply set = Api.send("PUT", path, coordinator, "{\"target\": 25}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().getInt("target")).isEqualTo(25);
    assertThat(set.json().getString("setBy")).isEqualTo("korkab.karawang");

    // the facilitator reads their own progress; an approval this year counts toward it
    JsonObject before = ownTarget(facilitator);
    assertThat(before.getInt("target")).isEqualTo(25);
    assertThat(
            Api.send("GET", "/t/karawang/pkh/graduation-targets", facilitator, null)
                .parse()
                .asJsonArray())
        .hasSize(1);
    String number =
        P2k2SyncIT.group(
                "TARGET-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000))
            .get(0);
    Api.Reply proposed =
        propose(
            facilitator,
            ("{\"participantNumber\": \"%s\", \"type\": \"MANDIRI\", \"statementLetter\": true,"
                    + " \"statementDate\": \"2026-11-02\"}")
                .formatted(number));
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    assertThat(ownTarget(facilitator).getInt("proposed")).isEqualTo(before.getInt("proposed") + 1);
    Api.Reply approved =
        Api.send(
            "POST",
            GRADUATIONS + "/" + proposed.json().getJsonNumber("id") + "/transitions",
            coordinator,
            "{\"to\": \"DISETUJUI\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    JsonObject after = ownTarget(facilitator);
    assertThat(after.getInt("graduated")).isEqualTo(before.getInt("graduated") + 1);
    assertThat(after.getInt("proposed")).isEqualTo(before.getInt("proposed"));
  }

  @Test
  void aGraduatedFamilyIsFollowedUpAndReferredBackWhenItFellBack() throws Exception {
    String facilitator = Api.token("pendamping.karawang");
    String coordinator = Api.token("korkab.karawang");
    String number =
        P2k2SyncIT.group(
                "PANTAU-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000))
            .get(0);
    Api.Reply proposed =
        propose(
            facilitator,
            ("{\"participantNumber\": \"%s\", \"type\": \"MANDIRI\", \"statementLetter\": true,"
                    + " \"statementDate\": \"2026-11-02\"}")
                .formatted(number));
    assertThat(
            Api.send(
                    "POST",
                    GRADUATIONS + "/" + proposed.json().getJsonNumber("id") + "/transitions",
                    coordinator,
                    "{\"to\": \"DISETUJUI\"}")
                .status())
        .isEqualTo(200);
    String followUps = "/t/karawang/pkh/kpm/" + number + "/follow-ups";
    String sixMonths = "{\"round\": 6, \"outcome\": \"MENURUN\", \"note\": \"Warung tutup\"}";
    // graduated today: the six-month follow-up is not due yet
    Api.Reply early = Api.send("POST", followUps, facilitator, sixMonths);
    assertThat(early.status()).as(early.body()).isEqualTo(409);

    // as if it graduated almost six months ago (the district's clock cannot be moved)
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + System.getProperty("slrt.db.port") + "/slrt_karawang",
                System.getProperty("slrt.db.user"),
                System.getProperty("slrt.db.password"));
        java.sql.PreparedStatement update =
            c.prepareStatement("UPDATE kpm SET ended_on = ? WHERE participant_number = ?")) {
      update.setObject(1, today.minusMonths(6).plusDays(10));
      update.setString(2, number);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
    java.util.function.Supplier<java.util.List<JsonObject>> due =
        () ->
            Api.send("GET", "/t/karawang/pkh/graduation-follow-ups", facilitator, null)
                .parse()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(f -> f.getString("participantNumber").equals(number))
                .toList();
    assertThat(due.get()).extracting(f -> f.getInt("round")).containsExactly(6);

    assertThat(Api.send("POST", followUps, coordinator, sixMonths).status()).isEqualTo(403);
    Api.Reply recorded = Api.send("POST", followUps, facilitator, sixMonths);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    JsonObject f = recorded.json().getJsonArray("followUps").getJsonObject(0);
    assertThat(f.getString("outcome")).isEqualTo("MENURUN");
    assertThat(f.getString("recordedBy")).isEqualTo("pendamping.karawang");
    assertThat(Api.send("POST", followUps, facilitator, sixMonths).status()).isEqualTo(409);
    assertThat(due.get()).extracting(x -> x.getString("outcome")).containsExactly("MENURUN");

    // one step back to PKH, once
    assertThat(Api.send("POST", followUps + "/12/referral", facilitator, null).status())
        .isEqualTo(409);
    Api.Reply back = Api.send("POST", followUps + "/6/referral", facilitator, null);
    assertThat(back.status()).as(back.body()).isEqualTo(200);
    long referralId =
        back.json()
            .getJsonArray("followUps")
            .getJsonObject(0)
            .getJsonNumber("referralId")
            .longValue();
    JsonObject referral =
        Api.send("GET", "/t/karawang/referrals/" + referralId, facilitator, null).json();
    assertThat(referral.getString("serviceCode")).isEqualTo("PKH");
    assertThat(referral.getString("personName")).isEqualTo("Sri Wahyuni");
    assertThat(Api.send("POST", followUps + "/6/referral", facilitator, null).status())
        .isEqualTo(409);
    assertThat(due.get()).isEmpty();
    String other = Api.token("pendamping2.karawang");
    assertThat(Api.send("POST", followUps, other, sixMonths).status()).isEqualTo(404);
  }

  /**
   * A family of Cilamaya Kulon (32.15.14), where no other test registers one, with a DTSEN desil.
   */
  private static long familyIn1514(String officer, int... desils) {
    String s = Api.serial();
    Api.Reply made =
        Api.send(
            "POST",
            "/t/karawang/households",
            officer,
            Api.family("321514120315" + s, "321514450785" + s, "321514010110" + s)
                .replace("32.15.01.1001", "32.15.14.2001")
                // not "Siti Juariah": HouseholdApiIT's duplicate search lists at most 20 of her
                .replace("Siti Juariah", "Wulan Sari"));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long id = made.json().getJsonNumber("id").longValue();
    for (int i = 0; i < desils.length; i++) {
      Api.Reply status =
          Api.send(
              "POST",
              "/t/karawang/households/" + id + "/welfare-status",
              officer,
              "{\"register\": \"DTSEN\", \"registered\": true, \"desil\": %d, \"asOf\": \"2026-0%d-01\"}"
                  .formatted(desils[i], i + 1));
      assertThat(status.status()).as(status.body()).isEqualTo(201);
    }
    return id;
  }

  private static String enrol(long householdId, String facilitator, String group) {
    String kk =
        Api.send(
                "GET",
                "/t/karawang/households/" + householdId,
                Api.token("puskesos.karawang"),
                null)
            .json()
            .getString("kk");
    String number =
        "3215" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    Api.Reply made =
        Api.send(
            "POST",
            "/t/karawang/pkh/kpm",
            facilitator,
            "{\"participantNumber\": \"%s\", \"kk\": \"%s\", \"groupCode\": \"%s\","
                    .formatted(number, kk, group)
                + " \"components\": [\"ANAK_SD\"]}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    return number;
  }

  @Test
  void anApprovedGraduationListsTheLowestDesilFamiliesOfItsKecamatanNeverInPkh() {
    String officer = Api.token("puskesos.karawang");
    String facilitator = Api.token("pendamping.karawang");
    String coordinator = Api.token("korkab.karawang");
    String group = "REPL-" + ThreadLocalRandom.current().nextInt(1_000_000);
    long graduate = familyIn1514(officer, 2);
    long inPkh = familyIn1514(officer, 1);
    long desil3 = familyIn1514(officer, 3);
    long desil1 = familyIn1514(officer, 1);
    long nowDesil7 = familyIn1514(officer, 2, 7); // its current status is the later one
    familyIn1514(officer); // no DTSEN status at all
    String number = enrol(graduate, facilitator, group);
    enrol(inPkh, facilitator, group);

    Api.Reply proposed =
        propose(
            facilitator,
            ("{\"participantNumber\": \"%s\", \"type\": \"MANDIRI\", \"statementLetter\": true,"
                    + " \"statementDate\": \"2026-11-02\"}")
                .formatted(number));
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    String replacements = GRADUATIONS + "/" + proposed.json().getJsonNumber("id") + "/replacements";
    assertThat(Api.send("GET", replacements, coordinator, null).status()).isEqualTo(409);
    Api.Reply approved =
        Api.send(
            "POST",
            GRADUATIONS + "/" + proposed.json().getJsonNumber("id") + "/transitions",
            coordinator,
            "{\"to\": \"DISETUJUI\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);

    Api.Reply found = Api.send("GET", replacements, coordinator, null);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    List<JsonObject> candidates = found.parse().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(candidates)
        .extracting(c -> c.getJsonNumber("householdId").longValue())
        .containsExactly(desil1, desil3)
        .doesNotContain(graduate, inPkh, nowDesil7);
    assertThat(candidates.get(0).getInt("desil")).isEqualTo(1);
    assertThat(candidates.get(0).getString("headName")).isEqualTo("Wulan Sari");
    assertThat(candidates.get(0).getString("villageCode")).isEqualTo("32.15.14.2001");

    // welfare status is for the coordinators and the district office only
    assertThat(Api.send("GET", replacements, facilitator, null).status()).isEqualTo(403);
    assertThat(Api.send("GET", replacements, Api.token("admin.karawang"), null).status())
        .isEqualTo(200);

    // the family, now able, is proposed to intake's verivali for a correction of its DTSEN data
    String verivali = GRADUATIONS + "/" + proposed.json().getJsonNumber("id") + "/verivali";
    assertThat(Api.send("POST", verivali, facilitator, "{}").status()).isEqualTo(403);
    Api.Reply made =
        Api.send("POST", verivali, coordinator, "{\"note\": \"Usaha warung berkembang\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(200);
    long proposal = made.json().getJsonNumber("verivaliProposalId").longValue();
    assertThat(Api.send("POST", verivali, coordinator, "{}").status()).isEqualTo(409);
    JsonObject inIntake = Api.send("GET", "/t/karawang/verivali/" + proposal, officer, null).json();
    assertThat(inIntake.getJsonNumber("householdId").longValue()).isEqualTo(graduate);
    assertThat(inIntake.getString("type")).isEqualTo("PERBAIKAN");
    assertThat(inIntake.getString("reason")).contains("MANDIRI").contains(number);
    assertThat(inIntake.getString("notes")).isEqualTo("Usaha warung berkembang");
    assertThat(inIntake.getString("proposedBy")).isEqualTo("korkab.karawang");
  }
}
