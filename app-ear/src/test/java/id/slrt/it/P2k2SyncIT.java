package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P2K2 session logs sent from a facilitator's phone: idempotent by the phone's id, each log on its
 * own, a second different log of a session kept as a conflict that the facilitator decides.
 */
@ExtendWith(ArquillianExtension.class)
class P2k2SyncIT {
  private static final String SESSIONS = "/t/karawang/pkh/p2k2-sessions";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  /** Enrols three families of intake into a new group of pendamping.karawang; their numbers. */
  static List<String> group(String code) {
    String officer = Api.token("puskesos.karawang");
    String facilitator = Api.token("pendamping.karawang");
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      // not Api.registerFamily's "Siti Juariah": the duplicate search of HouseholdApiIT lists at
      // most 20 people of that name and birth date
      String serial = Api.serial();
      Api.Reply family =
          Api.send(
              "POST",
              "/t/karawang/households",
              officer,
              Api.family("321501120315" + serial, "321501450785" + serial, "321501010110" + serial)
                  .replace("Siti Juariah", "Sri Wahyuni"));
      assertThat(family.status()).as(family.body()).isEqualTo(201);
      String kk = family.json().getString("kk");
      String number =
          "3215" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
      Api.Reply made =
          Api.send(
              "POST",
              "/t/karawang/pkh/kpm",
              facilitator,
              "{\"participantNumber\": \"%s\", \"kk\": \"%s\", \"groupCode\": \"%s\","
                      .formatted(number, kk, code)
                  + " \"components\": [\"ANAK_SD\"]}");
      assertThat(made.status()).as(made.body()).isEqualTo(201);
      numbers.add(number);
    }
    return numbers;
  }

  static String log(
      String id, String code, int sessionNo, String day, List<String> numbers, String... status) {
    StringBuilder attendance = new StringBuilder();
    for (int i = 0; i < numbers.size(); i++) {
      attendance
          .append(i == 0 ? "" : ", ")
          .append(
              "{\"participantNumber\": \"%s\", \"status\": \"%s\"}"
                  .formatted(numbers.get(i), status[i]));
    }
    return ("{\"id\": \"%s\", \"groupCode\": \"%s\", \"moduleCode\": \"PKPU\", \"sessionNo\": %d,"
            + " \"heldOn\": \"%s\", \"place\": \"Balai Desa\", \"attendance\": [%s]}")
        .formatted(id, code, sessionNo, day, attendance);
  }

  static List<JsonObject> send(String token, String... logs) {
    Api.Reply reply = Api.send("POST", SESSIONS, token, "[" + String.join(", ", logs) + "]");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.parse().asJsonArray().getValuesAs(JsonObject.class);
  }

  @Test
  void aPhonesBatchIsTakenLogByLogOnceAndAConflictWaitsForTheFacilitator() {
    String code = "P2K2-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = group(code);
    String facilitator = Api.token("pendamping.karawang");
    String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    String yesterday = LocalDate.parse(today).minusDays(1).toString();
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    String bad = UUID.randomUUID().toString();
    String logA = log(a, code, 1, yesterday, kpm, "HADIR", "IZIN", "HADIR");
    String logB = log(b, code, 1, yesterday, kpm, "HADIR", "TIDAK_HADIR", "HADIR");
    String wrong =
        log(bad, code, 4, "2099-01-01", List.of(kpm.get(0), "321599999999999"), "HADIR", "LUPA");

    List<JsonObject> first = send(facilitator, logA, logA, wrong, logB);
    assertThat(first)
        .extracting(o -> o.getString("result"))
        .containsExactly("created", "unchanged", "error", "created");
    long idA = first.get(0).getJsonNumber("sessionId").longValue();
    assertThat(first.get(1).getJsonNumber("sessionId").longValue()).isEqualTo(idA);
    assertThat(first.get(2).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("sessionNo", "heldOn", "attendance[1].participantNumber", "attendance[1].status");
    long idB = first.get(3).getJsonNumber("sessionId").longValue();
    assertThat(first.get(3).getJsonNumber("conflictWith").longValue()).isEqualTo(idA);

    // the phone did not hear the answer and sends the whole batch again: nothing new
    List<JsonObject> again = send(facilitator, logA, logA, wrong, logB);
    assertThat(again)
        .extracting(o -> o.getString("result"))
        .containsExactly("unchanged", "unchanged", "error", "unchanged");
    // the phone's id reused for another log is refused, the first log stays
    List<JsonObject> reused =
        send(facilitator, log(a, code, 2, yesterday, kpm, "HADIR", "HADIR", "HADIR"));
    assertThat(reused.get(0).getString("result")).isEqualTo("error");
    assertThat(reused.get(0).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("id");

    JsonObject read = Api.send("GET", SESSIONS + "/" + idA, facilitator, null).json();
    assertThat(read.getString("state")).isEqualTo("TERCATAT");
    assertThat(
            read.getJsonArray("attendance").getValuesAs(JsonObject.class).stream()
                .collect(
                    Collectors.toMap(
                        x -> x.getString("participantNumber"), x -> x.getString("status"))))
        .isEqualTo(Map.of(kpm.get(0), "HADIR", kpm.get(1), "IZIN", kpm.get(2), "HADIR"));
    assertThat(
            Api.send("GET", SESSIONS + "?state=KONFLIK&groupCode=" + code, facilitator, null)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .extracting(o -> o.getJsonNumber("id").longValue())
        .containsExactly(idB);

    // another facilitator neither reads nor decides it; the front office cannot send logs
    String other = Api.token("pendamping2.karawang");
    assertThat(Api.send("GET", SESSIONS + "/" + idB, other, null).status()).isEqualTo(404);
    assertThat(
            Api.send("POST", SESSIONS + "/" + idB + "/decision", other, "{\"keep\": true}")
                .status())
        .isEqualTo(404);
    assertThat(
            Api.send("POST", SESSIONS, Api.token("puskesos.karawang"), "[" + logA + "]").status())
        .isEqualTo(403);

    // the facilitator keeps the second log: it counts, the first is set aside, both stay
    Api.Reply decided =
        Api.send("POST", SESSIONS + "/" + idB + "/decision", facilitator, "{\"keep\": true}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().getString("state")).isEqualTo("TERCATAT");
    assertThat(Api.send("GET", SESSIONS + "/" + idA, facilitator, null).json().getString("state"))
        .isEqualTo("DISISIHKAN");
    assertThat(
            Api.send("POST", SESSIONS + "/" + idB + "/decision", facilitator, "{\"keep\": true}")
                .status())
        .isEqualTo(409);
    // the district coordinator reads the group's logs
    assertThat(
            Api.send("GET", SESSIONS + "?groupCode=" + code, Api.token("korkab.karawang"), null)
                .json()
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(2);
  }

  @Test
  void theFacilitatorPrintsTheGroupsAttendanceSheet() throws Exception {
    String code = "SHEET-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = group(code);
    String path =
        "/t/karawang/pkh/groups/" + code + "/attendance-sheet.pdf?moduleCode=PKPU&sessionNo=2";
    Api.Download pdf = Api.download(path, Api.token("pendamping.karawang"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
    String text;
    try {
      text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
    assertThat(text)
        .contains("DAFTAR HADIR P2K2", code, "Cermat Meminjam dan Menabung", "Sri Wahyuni")
        .contains(kpm.get(0), kpm.get(1), kpm.get(2));
    assertThat(text.toLowerCase(java.util.Locale.ROOT)).doesNotContain("miskin");
    // another facilitator's group is not there for them; a sheet needs its session
    assertThat(Api.download(path, Api.token("pendamping2.karawang")).status()).isEqualTo(404);
    assertThat(
            Api.download(
                    "/t/karawang/pkh/groups/" + code + "/attendance-sheet.pdf?moduleCode=PKPU",
                    Api.token("pendamping.karawang"))
                .status())
        .isEqualTo(400);
  }

  @Test
  void aBatchThatIsNoListOrTooLongIsRefusedWhole() {
    String facilitator = Api.token("pendamping.karawang");
    Api.Reply notAList = Api.send("POST", SESSIONS, facilitator, "{}");
    assertThat(notAList.status()).as(notAList.body()).isEqualTo(400);
    Api.Reply wrongTypes = Api.send("POST", SESSIONS, facilitator, "[{\"sessionNo\": \"satu\"}]");
    assertThat(wrongTypes.status()).as(wrongTypes.body()).isEqualTo(400);
    String tooMany =
        "[" + String.join(", ", java.util.Collections.nCopies(201, "{\"id\": \"x\"}")) + "]";
    Api.Reply refused =
        Api.send("POST", SESSIONS, facilitator, tooMany, Map.of("Accept-Language", "en"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("At most 200 logs");
  }

  /** A small JPEG, as a phone's camera would send it (shrunk). */
  static byte[] jpeg() {
    try {
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(120, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
      java.awt.Graphics2D g = image.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, 120, 80);
      g.setColor(java.awt.Color.BLACK);
      g.drawString("Daftar hadir " + ThreadLocalRandom.current().nextInt(), 4, 40);
      g.dispose();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(image, "jpg", out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSignedSheetsPhotoIsKeptWithItsLogAndSeenOnlyWithIt() {
    String code = "FOTO-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = group(code);
    String facilitator = Api.token("pendamping.karawang");
    String day = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(2).toString();
    long id =
        send(
                facilitator,
                log(UUID.randomUUID().toString(), code, 1, day, kpm, "HADIR", "HADIR", "IZIN"))
            .get(0)
            .getJsonNumber("sessionId")
            .longValue();
    String photo = SESSIONS + "/" + id + "/sheet-photo";
    assertThat(Api.download(photo, facilitator).status()).isEqualTo(404);

    // what is not a picture of an accepted kind, or too large, is refused by field
    Api.Reply text = Api.upload("PUT", photo, facilitator, "bukan foto".getBytes(), "image/jpeg");
    assertThat(text.status()).as(text.body()).isEqualTo(400);
    assertThat(text.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("photo");
    byte[] huge = new byte[3 * 1024 * 1024 + 1];
    huge[0] = (byte) 0xFF;
    huge[1] = (byte) 0xD8;
    huge[2] = (byte) 0xFF;
    Api.Reply tooLarge = Api.upload("PUT", photo, facilitator, huge, "image/jpeg");
    assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(400);
    assertThat(Api.upload("PUT", photo, facilitator, new byte[0], "image/jpeg").status())
        .isEqualTo(400);
    assertThat(Api.download(photo, facilitator).status()).isEqualTo(404);

    byte[] image = jpeg();
    Api.Reply put = Api.upload("PUT", photo, facilitator, image, "application/octet-stream");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().getString("contentType")).isEqualTo("image/jpeg");
    assertThat(put.json().getBoolean("changed")).isTrue();
    assertThat(put.json().getInt("size")).isEqualTo(image.length);
    // sent again after a lost answer: nothing changes
    assertThat(
            Api.upload("PUT", photo, facilitator, image, "image/jpeg").json().getBoolean("changed"))
        .isFalse();
    assertThat(
            Api.send("GET", SESSIONS + "/" + id, facilitator, null).json().getBoolean("sheetPhoto"))
        .isTrue();

    // the coordinator sees it; a coordinator does not send it; another facilitator cannot tell
    Api.Download seen = Api.download(photo, Api.token("korkab.karawang"));
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.contentType()).isEqualTo("image/jpeg");
    assertThat(seen.body()).isEqualTo(image);
    assertThat(Api.upload("PUT", photo, Api.token("korkab.karawang"), image, "image/jpeg").status())
        .isEqualTo(403);
    String other = Api.token("pendamping2.karawang");
    Api.Reply hidden = Api.send("GET", photo, other, null);
    Api.Reply missing = Api.send("GET", SESSIONS + "/999999999/sheet-photo", other, null);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body()).isEqualTo(missing.body());
    assertThat(Api.upload("PUT", photo, other, jpeg(), "image/jpeg").status()).isEqualTo(404);
    assertThat(Api.download(photo, facilitator).body()).isEqualTo(image);
  }
}
