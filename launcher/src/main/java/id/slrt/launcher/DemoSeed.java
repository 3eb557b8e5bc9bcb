package id.slrt.launcher;

import id.slrt.intake.api.AddressInput;
import id.slrt.intake.api.CreateKlikEvent;
import id.slrt.intake.api.ImportDetails;
import id.slrt.intake.api.KlikEventDetails;
import id.slrt.intake.api.MemberInput;
import id.slrt.intake.api.PersonDetails;
import id.slrt.intake.api.ProposeVerivali;
import id.slrt.intake.api.RecordConsultation;
import id.slrt.intake.api.RecordNeed;
import id.slrt.intake.api.RecordVisit;
import id.slrt.intake.api.RegisterHousehold;
import id.slrt.intake.api.VisitDetails;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Demo data for one district of a running server, entered the way real data enters: a made-up
 * DTKS/DTSEN file ({@link DemoFile}) through the import API, then needs, a verivali proposal and a
 * KLIK day with consultations through the API, with intake's own request records. Once per district
 * (a marker in the demo folder); a district that already holds families is left alone, so that
 * running it again, or on a data folder with older demo data, adds nothing twice.
 *
 * <p>{@code demo-seed API DEMO_DIR SLUG REGENCY}, with the demo users' password in {@code
 * SLRT_DEMO_PASSWORD}.
 */
final class DemoSeed {
  private static final Duration IMPORT_WAIT = Duration.ofSeconds(120);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Jsonb json = JsonbBuilder.create();
  private final String api;
  private final String password;

  private DemoSeed(String api, String password) {
    this.api = api;
    this.password = password;
  }

  static void run(String api, Path demoDir, String slug, String regency) throws Exception {
    String password = System.getenv("SLRT_DEMO_PASSWORD");
    if (password == null || password.isEmpty()) {
      throw new IllegalStateException("SLRT_DEMO_PASSWORD is not set: demo mode is off");
    }
    Files.createDirectories(demoDir);
    // each module's demo data has its own mark, so that a data directory with an older version's
    // demo data gets the newer modules' part too
    Path done = demoDir.resolve(slug + ".done");
    Path referralsDone = demoDir.resolve(slug + ".referral.done");
    DemoSeed seed = new DemoSeed(api, password);
    try {
      if (Files.exists(done)) {
        System.out.println("District " + slug + ": demo data was entered before; nothing added.");
      } else {
        seed.seed(demoDir, slug, regency);
        Files.writeString(done, "");
      }
      Path file = demoDir.resolve("contoh-dtsen-" + slug + ".csv");
      if (!Files.exists(referralsDone) && Files.exists(file)) {
        seed.referrals(file, slug);
        Files.writeString(referralsDone, "");
      }
      Path lettersDone = demoDir.resolve(slug + ".letter.done");
      if (!Files.exists(lettersDone) && Files.exists(referralsDone)) {
        seed.letters(slug);
        Files.writeString(lettersDone, "");
      }
      Path overdueDone = demoDir.resolve(slug + ".overdue.done");
      if (!Files.exists(overdueDone) && Files.exists(referralsDone) && Files.exists(file)) {
        seed.overdue(file, slug);
        Files.writeString(overdueDone, "");
      }
      Path conferencesDone = demoDir.resolve(slug + ".conference.done");
      if (!Files.exists(conferencesDone) && Files.exists(referralsDone)) {
        seed.conference(slug);
        Files.writeString(conferencesDone, "");
      }
      Path violenceDone = demoDir.resolve(slug + ".violence.done");
      if (!Files.exists(violenceDone) && Files.exists(file)) {
        seed.violence(file, slug);
        Files.writeString(violenceDone, "");
      }
      Path violenceReferralDone = demoDir.resolve(slug + ".violence-referral.done");
      if (!Files.exists(violenceReferralDone) && Files.exists(violenceDone)) {
        seed.violenceReferral(slug);
        Files.writeString(violenceReferralDone, "");
      }
      Path pkhDone = demoDir.resolve(slug + ".pkh.done");
      if (!Files.exists(pkhDone) && Files.exists(file)) {
        seed.pkh(file, slug, regency);
        Files.writeString(pkhDone, "");
      }
      Path pkhCasesDone = demoDir.resolve(slug + ".pkh-cases.done");
      if (!Files.exists(pkhCasesDone) && Files.exists(pkhDone)) {
        seed.pkhCases(slug);
        Files.writeString(pkhCasesDone, "");
      }
      Path pkhRankingDone = demoDir.resolve(slug + ".pkh-ranking.done");
      if (!Files.exists(pkhRankingDone) && Files.exists(pkhDone)) {
        seed.pkhRanking(slug);
        Files.writeString(pkhRankingDone, "");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach " + api + ": " + e, e);
    }
  }

  /** The PKH demo's groups: two of {@code pendamping.T}, one of {@code pendamping2.T}. */
  private static final String[][] PKH_GROUPS = {
    {"KELOMPOK-MAWAR", "pendamping"},
    {"KELOMPOK-MELATI", "pendamping"},
    {"KELOMPOK-ANGGREK", "pendamping2"}
  };

  /**
   * PKH: fifteen demo families enrolled as KPM in three groups, with their members' components by
   * age, and three months of P2K2 sessions (the parenting module's sessions 1 to 3) with
   * attendance, sent as the facilitators' phones send them. One family's only component, a child at
   * SMA, ended on the 1st of July: the system proposes its natural graduation. Skipped when the
   * district has KPM.
   */
  private void pkh(Path file, String slug, String regency) throws Exception {
    String t = "/t/" + slug;
    String coordinator = token("korkab." + slug);
    if (holdsAny(t + "/pkh/kpm", coordinator)) {
      return;
    }
    System.out.println("PKH demo for " + slug + ": 15 KPM in 3 groups, 3 months of P2K2...");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    java.time.LocalDate julyFirst =
        java.time.LocalDate.of(today.getYear(), 7, 1).isAfter(today)
            ? java.time.LocalDate.of(today.getYear() - 1, 7, 1)
            : java.time.LocalDate.of(today.getYear(), 7, 1);
    Map<String, List<String[]>> families = new java.util.LinkedHashMap<>();
    for (String[] r : rows(file)) {
      families.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
    }
    String prefix = regency.replace(".", "");
    Map<String, List<String>> members = new java.util.LinkedHashMap<>();
    int n = 0;
    for (List<String[]> family : families.values()) {
      if (n == 15) {
        break;
      }
      var components = Json.createArrayBuilder();
      boolean first = n == 0;
      boolean candidate = false;
      for (String[] person : family) {
        if (person[6].isEmpty()) {
          continue;
        }
        int age = java.time.Period.between(java.time.LocalDate.parse(person[9]), today).getYears();
        String component =
            age < 6
                ? "ANAK_USIA_DINI"
                : age <= 12
                    ? "ANAK_SD"
                    : age <= 15
                        ? "ANAK_SMP"
                        : age <= 18 ? "ANAK_SMA" : age >= 60 ? "LANJUT_USIA" : null;
        if (first && "ANAK".equals(person[10]) && !candidate) {
          candidate = true;
          // the natural graduation candidate: school completed this July
          components.add(
              Json.createObjectBuilder()
                  .add("nik", person[6])
                  .add("component", "ANAK_SMA")
                  .add("from", julyFirst.minusYears(3).toString())
                  .add("to", julyFirst.toString()));
          continue;
        }
        if (component != null && !first) {
          components.add(
              Json.createObjectBuilder()
                  .add("nik", person[6])
                  .add("component", component)
                  .add("from", julyFirst.minusYears(1).toString()));
        }
      }
      var list = components.build();
      if (list.isEmpty()) {
        continue; // no member the program counts
      }
      String[] group = PKH_GROUPS[n % PKH_GROUPS.length];
      String number = prefix + String.format("%011d", 40_000_000L + n);
      call(
          "POST",
          t + "/pkh/kpm",
          coordinator,
          Json.createObjectBuilder()
              .add("participantNumber", number)
              .add("kk", family.get(0)[0])
              .add("startYear", 2019 + n % 5)
              .add("members", list)
              .add("groupCode", group[0])
              .add("facilitator", group[1] + "." + slug)
              .build()
              .toString());
      members.computeIfAbsent(group[0], k -> new ArrayList<>()).add(number);
      n++;
    }
    // three months of sessions, one a month, sent by each group's facilitator
    for (String[] group : PKH_GROUPS) {
      List<String> kpm = members.getOrDefault(group[0], List.of());
      if (kpm.isEmpty()) {
        continue;
      }
      var batch = Json.createArrayBuilder();
      for (int month = 0; month < 3; month++) {
        java.time.LocalDate day = today.minusMonths(2 - month).withDayOfMonth(10);
        if (day.isAfter(today)) {
          day = today;
        }
        var attendance = Json.createArrayBuilder();
        for (int i = 0; i < kpm.size(); i++) {
          // the last KPM of each group misses two sessions, the second asks leave once
          String status =
              i == kpm.size() - 1 && month > 0
                  ? "TIDAK_HADIR"
                  : i == 1 && month == 1 ? "IZIN" : "HADIR";
          attendance.add(
              Json.createObjectBuilder()
                  .add("participantNumber", kpm.get(i))
                  .add("status", status));
        }
        batch.add(
            Json.createObjectBuilder()
                .add(
                    "id",
                    java.util
                        .UUID
                        .nameUUIDFromBytes(
                            (slug + "/" + group[0] + "/" + month).getBytes(StandardCharsets.UTF_8))
                        .toString())
                .add("groupCode", group[0])
                .add("moduleCode", "PPA")
                .add("sessionNo", month + 1)
                .add("heldOn", day.toString())
                .add("place", "Rumah ketua " + group[0].toLowerCase(java.util.Locale.ROOT))
                .add("attendance", attendance));
      }
      call(
          "POST", t + "/pkh/p2k2-sessions", token(group[1] + "." + slug), batch.build().toString());
    }
    // a family that signed its statement letter: the facilitator proposes MANDIRI, for the
    // coordinator to decide
    List<String> mawar = members.getOrDefault(PKH_GROUPS[0][0], List.of());
    if (mawar.size() > 1) {
      call(
          "POST",
          t + "/pkh/graduations",
          token(PKH_GROUPS[0][1] + "." + slug),
          Json.createObjectBuilder()
              .add("participantNumber", mawar.get(1))
              .add("type", "MANDIRI")
              .add("statementLetter", true)
              .add("statementDate", today.minusDays(10).toString())
              .add("business", "Warung sembako di rumah")
              .add("training", "KUBE Mawar, pelatihan usaha 2025")
              .build()
              .toString());
    }
  }

  /**
   * PKH casework on the demo groups: the first warning for a family of KELOMPOK-MAWAR that missed
   * this period's sessions, and a case (a child who stopped going to school) with its teachers and
   * a home visit. Skipped when the district has cases already.
   */
  /**
   * PKH graduation ranking: {@code pendamping.T}'s KPM answer the socio-economic questionnaire,
   * each a little better off than the one before, so that the ranking has a top and a bottom.
   * Skipped when any of them has answered already.
   */
  private void pkhRanking(String slug) throws Exception {
    String t = "/t/" + slug;
    String facilitator = token("pendamping." + slug);
    List<JsonObject> candidates =
        object(call("GET", t + "/pkh/graduation-ranking", facilitator, null))
            .getJsonArray("candidates")
            .getValuesAs(JsonObject.class);
    if (candidates.isEmpty() || candidates.stream().anyMatch(c -> c.containsKey("percent"))) {
      return;
    }
    System.out.println("PKH ranking demo for " + slug + ": questionnaires of the KPM...");
    List<JsonObject> questions =
        object(call("GET", t + "/pkh/graduation-questionnaire", facilitator, null))
            .getJsonArray("questions")
            .getValuesAs(JsonObject.class);
    for (int k = 0; k < candidates.size(); k++) {
      var answers = Json.createArrayBuilder();
      for (int q = 0; q < questions.size(); q++) {
        int options = questions.get(q).getJsonArray("options").size();
        answers.add(
            Math.min(
                options - 1, ((options - 1) * k + q % 3) / Math.max(1, candidates.size() - 1)));
      }
      call(
          "POST",
          t + "/pkh/kpm/" + candidates.get(k).getString("participantNumber") + "/socioeconomic",
          facilitator,
          Json.createObjectBuilder()
              .add("answers", answers)
              .add("note", "Diisi bersama keluarga saat kunjungan rumah.")
              .build()
              .toString());
    }
  }

  private void pkhCases(String slug) throws Exception {
    String t = "/t/" + slug;
    String facilitator = token("pendamping." + slug);
    if (holdsAny(t + "/pkh/case-notes", facilitator)) {
      return;
    }
    System.out.println("PKH casework demo for " + slug + ": a warning, a case...");
    String period =
        object(call("GET", t + "/pkh/conditionality-rule", facilitator, null))
            .getString("currentPeriod");
    var items =
        object(
                call(
                    "GET",
                    t + "/pkh/conditionality?groupCode=KELOMPOK-MAWAR&period=" + period,
                    facilitator,
                    null))
            .getJsonObject("items")
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    if (items.isEmpty()) {
      return;
    }
    for (JsonObject k : items) {
      if (!k.getBoolean("compliant") && "PERTAMA".equals(k.getString("nextWarning", null))) {
        call(
            "POST",
            t + "/pkh/kpm/" + k.getString("participantNumber") + "/warnings",
            facilitator,
            Json.createObjectBuilder()
                .add("level", "PERTAMA")
                .add("period", period)
                .add("note", "Dua kali tidak hadir tanpa izin; sudah diingatkan lisan.")
                .build()
                .toString());
        break;
      }
    }
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    JsonObject opened =
        object(
            call(
                "POST",
                t + "/pkh/case-notes",
                facilitator,
                Json.createObjectBuilder()
                    .add("participantNumber", items.get(0).getString("participantNumber"))
                    .add("subject", "Anak tidak masuk sekolah sebulan")
                    .add("foundOn", today.minusDays(6).toString())
                    .add(
                        "description",
                        "Diketahui setelah pertemuan P2K2: ibu bercerita anaknya tidak mau sekolah.")
                    .add(
                        "people",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("name", "Bu Rina")
                                    .add("role", "Wali kelas"))
                            .add(
                                Json.createObjectBuilder()
                                    .add("name", "Pak Agus")
                                    .add("role", "Guru BK")))
                    .build()
                    .toString()));
    call(
        "POST",
        t + "/pkh/case-notes/" + opened.getJsonNumber("id") + "/actions",
        facilitator,
        Json.createObjectBuilder()
            .add("on", today.minusDays(4).toString())
            .add("type", "KUNJUNGAN_RUMAH")
            .add("note", "Anak malu karena seragamnya sudah tidak muat; ibu setuju mengantar.")
            .build()
            .toString());
  }

  /**
   * Referrals of the demo families in every status an agency's demo user can bring them to: one
   * waiting, one accepted, one in process, one served, one refused with its reason, one withdrawn
   * by the Puskesos, one waiting at the religious court (isbat nikah); the Dinas Kesehatan and
   * Disdukcapil demo users find theirs in their inboxes. Skipped when the district holds referrals
   * already. The overdue ones are {@link #overdue}'s.
   */
  private void referrals(Path file, String slug) throws Exception {
    String officer = token("puskesos." + slug);
    String dinkes = token("dinkes." + slug);
    String disdukcapil = token("disdukcapil." + slug);
    String t = "/t/" + slug;
    if (holdsAny(t + "/referrals", officer)) {
      System.out.println("District " + slug + " already holds referrals: no demo referrals added.");
      return;
    }
    System.out.println("Demo referrals for " + slug + ": every status, an agency inbox...");
    List<String> people = demoNiks(file);
    if (people.size() < 8) {
      throw new IllegalStateException("the demo file lacks people to refer");
    }
    refer(t, officer, people.get(0), "KIS", "Belum punya KIS; sering sakit");
    long accepted = refer(t, officer, people.get(1), "KIS", "Kepesertaan PBI tidak aktif");
    move(t, dinkes, accepted, "DITERIMA", null, null);
    long inProcess = refer(t, officer, people.get(2), "KTP_EL", "KTP-el hilang");
    move(t, disdukcapil, inProcess, "DITERIMA", null, null);
    move(t, disdukcapil, inProcess, "DIPROSES", "Perekaman dijadwalkan", null);
    long served = refer(t, officer, people.get(3), "KIS", "Ibu hamil belum punya KIS");
    move(t, dinkes, served, "DITERIMA", null, null);
    move(t, dinkes, served, "DIPROSES", null, null);
    move(t, dinkes, served, "SELESAI", "Kartu KIS aktif", "DILAYANI");
    long refused = refer(t, officer, people.get(4), "KK", "Pecah KK");
    move(t, disdukcapil, refused, "DITOLAK", "Dokumen pindah datang belum ada", null);
    long withdrawn = refer(t, officer, people.get(5), "RTLH", "Atap bocor");
    move(t, officer, withdrawn, "DITARIK", "Sudah dibantu swadaya warga", null);
    refer(t, officer, people.get(6), "ISBAT_NIKAH", "Nikah siri; anak belum punya akta");
  }

  /**
   * Referral letters: the demo admin signs for the secretariat (as a head of division would) unless
   * the district named its signatories already, and the first waiting demo referral gets its letter
   * printed, so that its number and QR code can be seen.
   */
  private void letters(String slug) throws Exception {
    String admin = token("admin." + slug);
    String officer = token("puskesos." + slug);
    String t = "/t/" + slug;
    JsonObject settings = object(call("GET", t + "/letter-settings", admin, null));
    if (settings.getJsonArray("signatories").isEmpty()) {
      System.out.println("Demo referral letters for " + slug + ": the secretariat's signatory...");
      call(
          "PUT",
          t + "/letter-settings/signatories/SEKRETARIAT",
          admin,
          Json.createObjectBuilder()
              .add("username", "admin." + slug)
              .add("name", "Kepala Bidang Linjamsos (demo)")
              .add("title", "Kepala Bidang Perlindungan dan Jaminan Sosial")
              .build()
              .toString());
    }
    var waiting =
        object(call("GET", t + "/referrals?status=DIRUJUK&size=1", officer, null))
            .getJsonArray("items");
    if (!waiting.isEmpty() && !settings.getBoolean("approvalRequired")) {
      long id = waiting.getJsonObject(0).getJsonNumber("id").longValue();
      HttpResponse<byte[]> pdf =
          http.send(
              HttpRequest.newBuilder(URI.create(api + t + "/referrals/" + id + "/letter.pdf"))
                  .timeout(Duration.ofSeconds(60))
                  .header("Authorization", "Bearer " + officer)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (pdf.statusCode() != 200) {
        throw new IllegalStateException("the demo letter answered " + pdf.statusCode());
      }
    }
  }

  /**
   * A case conference at the demo Puskesos on the waiting demo referrals, with a follow-up for the
   * Dinas Kesehatan desk and one for the Puskesos officer, so that both find one in their lists.
   * Skipped when the district recorded conferences already.
   */
  private void conference(String slug) throws Exception {
    String officer = token("puskesos." + slug);
    String t = "/t/" + slug;
    if (holdsAny(t + "/case-conferences", officer)) {
      return;
    }
    System.out.println("Demo case conference for " + slug + ": decisions and follow-ups...");
    var discussed = Json.createArrayBuilder();
    object(call("GET", t + "/referrals?status=DIRUJUK&size=2", officer, null))
        .getJsonArray("items")
        .forEach(r -> discussed.add(r.asJsonObject().getJsonNumber("id").longValue()));
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    call(
        "POST",
        t + "/case-conferences",
        officer,
        Json.createObjectBuilder()
            .add("heldOn", today.toString())
            .add("place", "Aula kantor desa")
            .add("topic", "Rujukan yang belum ditanggapi")
            .add("agencies", Json.createArrayBuilder().add("DINKES").add("DISDUKCAPIL"))
            .add("referralIds", discussed)
            .add(
                "decisions",
                "Dinas Kesehatan memeriksa kepesertaan PBI pekan ini; Puskesos mendampingi"
                    + " keluarga melengkapi dokumen.")
            .add(
                "followUps",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("action", "Periksa dan aktifkan kepesertaan PBI JKN")
                            .add("owner", "dinkes." + slug)
                            .add("dueDate", today.plusDays(7).toString()))
                    .add(
                        Json.createObjectBuilder()
                            .add("action", "Kunjungi keluarga untuk melengkapi Kartu Keluarga")
                            .add("owner", "puskesos." + slug)
                            .add("dueDate", today.plusDays(3).toString())))
            .build()
            .toString());
  }

  /**
   * Two overdue referrals, as a Puskesos that referred on paper four weeks ago and records it now
   * ({@code referredOn}): one waiting in the Dinas Kesehatan's inbox, one accepted by Disdukcapil
   * and not done. The server's escalation pass (every 15 minutes) raises them along the chain. Its
   * own mark, so that a data directory with older demo referrals gets them too; skipped when the
   * district holds overdue referrals already.
   */
  private void overdue(Path file, String slug) throws Exception {
    String officer = token("puskesos." + slug);
    String t = "/t/" + slug;
    if (holdsAny(t + "/referrals?overdue=true", officer)) {
      return;
    }
    System.out.println(
        "Demo overdue referrals for " + slug + " (paper referrals recorded late)...");
    List<String> people = demoNiks(file);
    String paperDay =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(28).toString();
    refer(
        t,
        officer,
        people.get(7),
        "KIS",
        "Rujukan kertas: lansia sakit, belum punya KIS",
        paperDay);
    long accepted =
        refer(t, officer, people.get(0), "KK", "Rujukan kertas: KK belum diperbarui", paperDay);
    move(t, token("disdukcapil." + slug), accepted, "DITERIMA", null, null);
  }

  /**
   * P2TP2A's demo: the district admin names {@code p2tp2a.T} P2TP2A head; {@code konselor.T} opens
   * an anonymous child's case (guardian, best-interest handling) and {@code p2tp2a.T} the case of a
   * wife from the demo file whose husband lives in her family card, with a safe contact and her
   * consent to social protection, each with SOP steps done. Skipped when the district holds cases.
   */
  private void violence(Path file, String slug) throws Exception {
    String t = "/t/" + slug;
    call("PUT", t + "/p2tp2a/heads/p2tp2a." + slug, token("admin." + slug), null);
    String head = token("p2tp2a." + slug);
    if (holdsAny(t + "/violence-cases", head)) {
      return;
    }
    System.out.println("Demo violence cases for " + slug + " (sealed; P2TP2A only)...");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    String counsellor = token("konselor." + slug);
    String anonymous =
        object(
                call(
                    "POST",
                    t + "/violence-cases",
                    counsellor,
                    Json.createObjectBuilder()
                        .add(
                            "victim",
                            Json.createObjectBuilder()
                                .add("anonymous", true)
                                .add("alias", "Bunga")
                                .add("child", true)
                                .add("sex", "F"))
                        .add(
                            "guardian",
                            Json.createObjectBuilder()
                                .add("name", "Ibu Ratna")
                                .add("relation", "Nenek"))
                        .add("violenceTypes", Json.createArrayBuilder().add("SEKSUAL"))
                        .add("perpetratorRelation", "TETANGGA")
                        .add(
                            "narrative",
                            "Anak dilaporkan gurunya setelah bercerita di sekolah. Pelaku"
                                + " tetangga; keluarga meminta identitas anak dirahasiakan.")
                        .add("reportedOn", today.minusDays(10).toString())
                        .build()
                        .toString()))
            .getString("id");
    caseStep(t, counsellor, anonymous, "PENGADUAN", today.minusDays(10), null);
    caseStep(t, counsellor, anonymous, "ASESMEN", today.minusDays(9), null);
    caseStep(t, counsellor, anonymous, "PSIKOSOSIAL", today.minusDays(5), null);

    List<String[]> rows = rows(file);
    String wife = first(rows, r -> "ISTRI".equals(r[10]) && !r[6].isEmpty());
    String consented =
        object(
                call(
                    "POST",
                    t + "/violence-cases",
                    head,
                    Json.createObjectBuilder()
                        .add("victim", Json.createObjectBuilder().add("nik", wife))
                        .add("violenceTypes", Json.createArrayBuilder().add("FISIK").add("PSIKIS"))
                        .add("perpetratorRelation", "SUAMI_ISTRI")
                        .add("perpetratorInSameKk", true)
                        .add("safeContact", "Kakak kandung korban (hubungi lewat P2TP2A)")
                        .add(
                            "narrative",
                            "Korban datang ke P2TP2A setelah dipukul suami. Suami tidak memberi"
                                + " nafkah; korban membutuhkan layanan kesehatan dan KIS.")
                        .add("reportedOn", today.minusDays(6).toString())
                        .add("consentSocialProtection", true)
                        .build()
                        .toString()))
            .getString("id");
    caseStep(t, head, consented, "PENGADUAN", today.minusDays(6), null);
    caseStep(t, head, consented, "ASESMEN", today.minusDays(6), null);
    caseStep(t, head, consented, "LAYANAN_KESEHATAN", today.minusDays(4), "DINKES");
  }

  /**
   * The consented demo case's social-protection referral: {@code p2tp2a.T} refers the wife to KIS
   * under her consent, as the reintegration step; the referral is made in the district's name and
   * reaches her through the safe contact. Skipped when the case has a referral already (or when no
   * such case is there).
   */
  private void violenceReferral(String slug) throws Exception {
    String t = "/t/" + slug;
    String head = token("p2tp2a." + slug);
    for (JsonValue v :
        object(call("GET", t + "/violence-cases?size=50", head, null)).getJsonArray("items")) {
      String ref = v.asJsonObject().getString("id");
      JsonObject c = object(call("GET", t + "/violence-cases/" + ref, head, null));
      if (!c.getBoolean("consentSocialProtection")
          || !c.getBoolean("perpetratorInSameKk")
          || absent(c.getJsonObject("victim"), "personId")) {
        continue;
      }
      boolean referred =
          c.getJsonArray("steps").stream().anyMatch(s -> !absent(s.asJsonObject(), "referralId"));
      if (!referred) {
        System.out.println(
            "Demo social-protection referral of a violence case for " + slug + "...");
        call(
            "POST",
            t + "/violence-cases/" + ref + "/referrals",
            head,
            Json.createObjectBuilder()
                .add("serviceCode", "KIS")
                .add("step", "REINTEGRASI")
                .add("notes", "KIS untuk korban dan anak; surat lewat kakak korban.")
                .build()
                .toString());
      }
      return;
    }
  }

  /** Whether the answer leaves {@code key} out or null (JSON-B leaves nulls out). */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private void caseStep(
      String t, String token, String ref, String step, java.time.LocalDate day, String agency)
      throws Exception {
    var body = Json.createObjectBuilder().add("step", step).add("doneOn", day.toString());
    if (agency != null) {
      body.add("agency", agency);
    }
    call("POST", t + "/violence-cases/" + ref + "/steps", token, body.build().toString());
  }

  /** Whether the list at {@code path} (a query string allowed) has anything for the caller. */
  private boolean holdsAny(String path, String token) throws Exception {
    String page = path + (path.contains("?") ? "&" : "?") + "size=1";
    return object(call("GET", page, token, null)).getJsonNumber("total").longValue() > 0;
  }

  /** The NIKs of the demo file's people, in the file's order. */
  private static List<String> demoNiks(Path file) throws IOException {
    return rows(file).stream().map(r -> r[6]).filter(nik -> !nik.isEmpty()).distinct().toList();
  }

  private long refer(String t, String token, String nik, String service, String reason)
      throws Exception {
    return refer(t, token, nik, service, reason, null);
  }

  private long refer(
      String t, String token, String nik, String service, String reason, String referredOn)
      throws Exception {
    var json =
        Json.createObjectBuilder()
            .add("nik", nik)
            .add("serviceCode", service)
            .add("reason", reason);
    if (referredOn != null) {
      json.add("referredOn", referredOn);
    }
    String body = json.build().toString();
    return object(call("POST", t + "/referrals", token, body)).getJsonNumber("id").longValue();
  }

  private void move(String t, String token, long id, String to, String note, String outcome)
      throws Exception {
    var body = Json.createObjectBuilder().add("to", to);
    if (note != null) {
      body.add("note", note);
    }
    if (outcome != null) {
      body.add("outcome", outcome);
    }
    call("POST", t + "/referrals/" + id + "/transitions", token, body.build().toString());
  }

  /** Prints a demo user's bearer token ({@code token API USERNAME}), for the benchmarks. */
  static void printToken(String api, String username) throws Exception {
    System.out.println(new DemoSeed(api, System.getenv("SLRT_DEMO_PASSWORD")).token(username));
  }

  private void seed(Path demoDir, String slug, String regency) throws Exception {
    String admin = token("admin." + slug);
    String officer = token("puskesos." + slug);
    String cadre = token("klik." + slug);
    String t = "/t/" + slug;

    if (holdsAny(t + "/households", officer)) {
      System.out.println("District " + slug + " already holds households: nothing added.");
      return;
    }
    System.out.println(
        "Demo data for " + slug + ": families from a DTKS/DTSEN file, needs, a KLIK event...");
    Path file = demoDir.resolve("contoh-dtsen-" + slug + ".csv");
    DemoFile.write(regency, file);
    importFile(t, admin, file);

    List<String[]> rows = rows(file);
    String pekka = first(rows, r -> "Y".equals(r[5]) && "KEPALA_KELUARGA".equals(r[10]));
    String disabled = first(rows, r -> !r[13].isEmpty() && !r[6].isEmpty());
    String elderly = first(rows, r -> "ORANG_TUA".equals(r[10]) && !r[6].isEmpty());
    String unregistered = first(rows, r -> "T".equals(r[16]) && "KEPALA_KELUARGA".equals(r[10]));
    String village = rows.get(0)[1];

    post(
        t + "/needs",
        officer,
        new RecordNeed(
            pekka,
            null,
            "EKONOMI",
            "PEREMPUAN_RAWAN_SOSIAL_EKONOMI",
            "Modal usaha warung; ikut KUBE",
            null,
            null,
            null,
            null));
    post(
        t + "/needs",
        officer,
        new RecordNeed(
            disabled,
            null,
            "KESEHATAN",
            "PENYANDANG_DISABILITAS",
            "Belum punya KIS; perlu kursi roda",
            null,
            null,
            null,
            null));
    post(
        t + "/needs",
        officer,
        new RecordNeed(
            elderly,
            null,
            "PERLINDUNGAN_SOSIAL",
            null,
            "Lansia tinggal dengan anak; belum menerima bantuan",
            null,
            null,
            null,
            null));
    PersonDetails head =
        json.fromJson(
            call("GET", t + "/persons/" + unregistered, officer, null), PersonDetails.class);
    post(
        t + "/verivali",
        officer,
        new ProposeVerivali(
            head.householdId(),
            "TAMBAH",
            "Tidak terdaftar di DTSEN; rumah tidak layak huni",
            LocalDate.of(2026, 10, 12),
            "Kunjungan rumah 5 Oktober 2026"));
    // a widow whose family card still names her late husband, and a family with no card yet
    String kecamatan = village.substring(0, 8).replace(".", "");
    post(
        t + "/households",
        officer,
        new RegisterHousehold(
            kecamatan + "1501110001",
            new AddressInput(village, "003", "002", "Gg. Melati 4", "Krajan"),
            true,
            List.of(
                MemberInput.basic(
                    null, "Dedi Kurniawan", "M", LocalDate.of(1968, 4, 2), "KEPALA_KELUARGA"),
                new MemberInput(
                    null,
                    "Euis Rohaeti",
                    "F",
                    LocalDate.of(1972, 9, 14),
                    "ISTRI",
                    "SD",
                    "Pedagang sayur",
                    null,
                    "CERAI_MATI",
                    true,
                    List.of("KTP_EL", "BUKU_NIKAH"),
                    "081234500011"),
                MemberInput.basic(null, "Nia Kurniasih", "F", LocalDate.of(2009, 2, 20), "ANAK")),
            "CERAI_MATI",
            true,
            "081234500011"));
    post(
        t + "/households",
        officer,
        new RegisterHousehold(
            null,
            new AddressInput(village, "001", "004", null, "Babakan"),
            false,
            List.of(
                MemberInput.basic(
                    null, "Lilis Suryani", "F", LocalDate.of(1999, 6, 1), "KEPALA_KELUARGA"),
                MemberInput.basic(null, "Raka", "M", LocalDate.of(2022, 1, 9), "ANAK")),
            null,
            false,
            null));
    KlikEventDetails event =
        json.fromJson(
            post(
                t + "/klik-events",
                cadre,
                new CreateKlikEvent(
                    village,
                    LocalDate.of(2026, 11, 18),
                    "Serikat PEKKA",
                    null,
                    "SERIKAT_PEKKA",
                    List.of())),
            KlikEventDetails.class);
    // the KLIK day as it runs: three visitors registered on arrival, then served at the desks
    String visits = t + "/klik-events/" + event.id() + "/visits";
    VisitDetails mother =
        json.fromJson(
            post(visits, cadre, new RecordVisit(null, null, pekka, null, null, null, null, null)),
            VisitDetails.class);
    VisitDetails woman =
        json.fromJson(
            post(
                visits,
                cadre,
                new RecordVisit("F", null, null, "DEWASA", "Krajan", null, null, null)),
            VisitDetails.class);
    VisitDetails elder =
        json.fromJson(
            post(
                visits,
                cadre,
                new RecordVisit(null, null, elderly, "LANSIA", null, null, true, null)),
            VisitDetails.class);
    String desk = t + "/klik-events/" + event.id() + "/consultations";
    post(
        desk,
        cadre,
        new RecordConsultation(
            "IDENTITAS_HUKUM",
            null,
            null,
            "Akta cerai belum ada",
            null,
            true,
            "Rujuk ke Pengadilan Agama",
            mother.id(),
            List.of("AKTA_CERAI"),
            "DIRUJUK",
            null));
    post(
        desk,
        cadre,
        new RecordConsultation(
            "PERLINDUNGAN_SOSIAL",
            null,
            null,
            "KIS tidak aktif",
            null,
            null,
            null,
            woman.id(),
            null,
            null,
            null));
    post(
        desk,
        cadre,
        new RecordConsultation(
            "PERLINDUNGAN_SOSIAL",
            null,
            null,
            "Bantuan lansia",
            null,
            null,
            null,
            elder.id(),
            null,
            null,
            null));
  }

  private void importFile(String t, String admin, Path file) throws Exception {
    String started =
        send(
            "POST",
            t + "/imports/dtks?fileName=" + file.getFileName(),
            admin,
            "text/csv",
            HttpRequest.BodyPublishers.ofFile(file),
            status -> status == 202);
    ImportDetails job = json.fromJson(started, ImportDetails.class);
    long deadline = System.nanoTime() + IMPORT_WAIT.toNanos();
    while (!"SELESAI".equals(job.status())) {
      if ("GAGAL".equals(job.status())) {
        throw new IllegalStateException("the demo import failed: " + job.failure());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the demo import did not finish in " + IMPORT_WAIT);
      }
      Thread.sleep(500);
      job =
          json.fromJson(call("GET", t + "/imports/" + job.id(), admin, null), ImportDetails.class);
    }
  }

  private static List<String[]> rows(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .skip(1)
        .filter(l -> !l.isBlank())
        .map(l -> l.split(",", -1))
        .toList();
  }

  private static String first(List<String[]> rows, Predicate<String[]> wanted) {
    Optional<String[]> row = rows.stream().filter(wanted).findFirst();
    return row.orElseThrow(() -> new IllegalStateException("the demo file lacks a row"))[6];
  }

  private String token(String username) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString();
    return object(call("POST", "/auth/token", null, body)).getString("access_token");
  }

  private String post(String path, String token, Object request) throws Exception {
    return call("POST", path, token, json.toJson(request));
  }

  private String call(String method, String path, String token, String json) throws Exception {
    return json == null
        ? send(method, path, token, null, HttpRequest.BodyPublishers.noBody(), DemoSeed::success)
        : send(
            method,
            path,
            token,
            "application/json",
            HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8),
            DemoSeed::success);
  }

  private static boolean success(int status) {
    return status / 100 == 2;
  }

  /** Sends one request and answers its body; an unexpected status is an error naming it. */
  private String send(
      String method,
      String path,
      String token,
      String contentType,
      HttpRequest.BodyPublisher body,
      IntPredicate expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (!expected.test(response.statusCode())) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri().getPath()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response.body();
  }

  private static JsonObject object(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
