package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DTKS/DTSEN bulk import through the API: valid rows in, refused rows listed with their reasons and
 * downloadable, the same file twice changes nothing, a hostile file is refused as a whole.
 */
@ExtendWith(ArquillianExtension.class)
class DtksImportApiIT {
  static final String HEADER =
      "no_kk,kode_desa,rt,rw,alamat,pekka,nik,nama,jenis_kelamin,tanggal_lahir,hubungan,"
          + "pendidikan,pekerjaan,disabilitas,status_kawin,basis_data,terdaftar,desil,tanggal_data,"
          + "sumber\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  /** Two families (one headed by a woman, with a DTSEN status), and four rows to refuse. */
  static String file(String s, String t) {
    String kk1 = "321501120315" + s;
    String kk2 = "321501120316" + s;
    String kk3 = "321501120317" + s;
    return HEADER
        + kk1
        + ",32.15.01.1001,2,5,Jl. Tuparev 12,Y,321501450785"
        + s
        + ",Siti Juariah,P,1985-07-05,Kepala Keluarga,SMP,Buruh tani,,CERAI_MATI,DTSEN,Y,2,"
        + "2026-09-30,DTSEN Sep 2026\n"
        + kk1
        + ",32.15.01.1001,2,5,Jl. Tuparev 12,Y,321501010110"
        + s
        + ",Budi Santoso,L,01-01-2010,ANAK,SD,Pelajar,,BELUM_KAWIN,DTSEN,Y,2,2026-09-30,"
        + "DTSEN Sep 2026\n"
        // a person without documents is still imported
        + kk1
        + ",32.15.01.1001,2,5,Jl. Tuparev 12,Y,,Ani,P,2019-03-04,ANAK,,,,,DTSEN,Y,2,"
        + "2026-09-30,DTSEN Sep 2026\n"
        + kk2
        + ",32.15.01.1001,,,,,321501200570"
        + t
        + ",Asep Sunandar,L,1970-05-20,KEPALA_KELUARGA,,,,KAWIN,DTKS,T,,2026-01-15,\n"
        // line 6: the NIK says she was born a day earlier
        + kk2
        + ",32.15.01.1001,,,,,321501650572"
        + t
        + ",Euis,P,1972-05-26,ISTRI,,,,KAWIN,DTKS,T,,2026-01-15,\n"
        // line 7: a formula in the name
        + kk2
        + ",32.15.01.1001,,,,,321501010115"
        + t
        + ",\"=HYPERLINK(\"\"http://x\"\")\",L,2015-01-01,ANAK,,,,,DTKS,T,,2026-01-15,\n"
        // line 8: a new family without a head
        + kk3
        + ",32.15.01.1001,,,,,321501010118"
        + t
        + ",Dadang,L,2018-01-01,ANAK,,,,,,,,,\n"
        // line 9: a village of another district
        + "730901120318"
        + s
        + ",73.09.01.1001,,,,,730901010118"
        + t
        + ",Andi,L,2018-01-01,KEPALA_KELUARGA,,,,,,,,,\n";
  }

  static JsonObject awaitEnd(String token, String path) throws InterruptedException {
    for (int i = 0; i < 240; i++) {
      Api.Reply reply = Api.send("GET", path, token, null);
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      String status = reply.json().getString("status");
      if (status.equals("SELESAI") || status.equals("GAGAL")) {
        return reply.json();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("import did not finish: " + path);
  }

  static String upload(String token, String csv) {
    Api.Reply started =
        Api.upload(
            "/t/karawang/imports/dtks?fileName=dtks-karawang.csv",
            token,
            csv.getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String location = started.raw().headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/t/karawang/imports/" + started.json().getJsonNumber("id"));
    return location;
  }

  @Test
  void importsValidRowsListsRefusedOnesAndChangesNothingTheSecondTime() throws Exception {
    String officer = Api.token("puskesos.karawang");
    String s = Api.serial();
    String t = Api.serial();
    String csv = file(s, t);

    JsonObject first = awaitEnd(officer, upload(officer, csv));
    assertThat(first.getString("status")).as(first.toString()).isEqualTo("SELESAI");
    assertThat(first.getInt("percent")).isEqualTo(100);
    assertThat(first.getJsonNumber("rowsRead").longValue()).isEqualTo(8);
    assertThat(first.getJsonNumber("rowsRejected").longValue()).isEqualTo(4);
    assertThat(first.getJsonNumber("personsAdded").longValue()).isEqualTo(4);
    assertThat(first.getJsonNumber("householdsAdded").longValue()).isEqualTo(2);
    assertThat(first.getJsonNumber("welfareAdded").longValue()).isEqualTo(2);
    assertThat(first.getString("createdBy")).isEqualTo("puskesos.karawang");

    // the imported family, as the household API shows it
    Api.Reply person = Api.send("GET", "/t/karawang/persons/321501450785" + s, officer, null);
    assertThat(person.status()).as(person.body()).isEqualTo(200);
    String householdPath = "/t/karawang/households/" + person.json().getJsonNumber("householdId");
    Api.Reply household = Api.send("GET", householdPath, officer, null);
    JsonObject h = household.json();
    assertThat(h.getBoolean("femaleHeaded")).isTrue();
    assertThat(h.getJsonObject("address").getString("rt")).isEqualTo("002");
    assertThat(h.getJsonArray("members")).hasSize(3);
    JsonObject ani = Api.member(h, "Ani");
    assertThat(ani.getString("dukcapilStatus")).isEqualTo("BELUM_PADAN");
    JsonObject siti = Api.member(h, "Siti Juariah");
    assertThat(siti.getString("relationship")).isEqualTo("KEPALA_KELUARGA");
    assertThat(siti.getString("maritalStatus")).isEqualTo("CERAI_MATI");
    JsonObject welfare = h.getJsonArray("welfare").getJsonObject(0);
    assertThat(welfare.getString("register")).isEqualTo("DTSEN");
    assertThat(welfare.getInt("desil")).isEqualTo(2);
    String etag = household.raw().headers().firstValue("ETag").orElseThrow();

    // the refused rows, each with its line and the column to blame
    String importPath = first.getJsonNumber("id").toString();
    Api.Reply rejects =
        Api.send("GET", "/t/karawang/imports/" + importPath + "/rejects", officer, null);
    assertThat(rejects.status()).as(rejects.body()).isEqualTo(200);
    List<JsonObject> rows = rejects.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(rows)
        .extracting(r -> r.getJsonNumber("line").longValue())
        .containsExactly(6L, 7L, 8L, 9L);
    assertThat(rows.get(0).getJsonArray("reasons").getJsonObject(0).getString("column"))
        .isEqualTo("nik");
    assertThat(rows.get(1).getJsonArray("reasons").getJsonObject(0).getString("column"))
        .isEqualTo("nama");
    assertThat(rows.get(1).getJsonArray("reasons").getJsonObject(0).getString("message"))
        .contains("rumus");
    assertThat(rows.get(2).getJsonArray("reasons").getJsonObject(0).getString("column"))
        .isEqualTo("hubungan");
    assertThat(rows.get(3).getJsonArray("reasons").getJsonObject(0).getString("column"))
        .isEqualTo("kode_desa");
    assertThat(rows.get(3).getString("nik")).isEqualTo("730901010118" + t);

    // downloadable: the file's own columns, then the line and the reasons; the formula defused
    Api.Reply download =
        Api.send(
            "GET",
            "/t/karawang/imports/" + importPath + "/rejects.csv",
            officer,
            null,
            Map.of("Accept", "text/csv", "Accept-Language", "en"));
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).startsWith("text/csv");
    String[] lines = download.body().split("\r\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0])
        .startsWith("\ufeff\"no_kk\";\"kode_desa\"")
        .endsWith("\"sumber\";\"baris\";\"alasan\"");
    assertThat(lines[2])
        .contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
        .contains("\"7\"")
        .contains("spreadsheet formula");

    // the same file again: nothing changes
    JsonObject second = awaitEnd(officer, upload(officer, csv));
    assertThat(second.getString("status")).isEqualTo("SELESAI");
    assertThat(second.getJsonNumber("personsAdded").longValue()).isZero();
    assertThat(second.getJsonNumber("personsUpdated").longValue()).isZero();
    assertThat(second.getJsonNumber("personsUnchanged").longValue()).isEqualTo(4);
    assertThat(second.getJsonNumber("householdsAdded").longValue()).isZero();
    assertThat(second.getJsonNumber("householdsUpdated").longValue()).isZero();
    assertThat(second.getJsonNumber("welfareAdded").longValue()).isZero();
    assertThat(second.getJsonNumber("rowsRejected").longValue()).isEqualTo(4);
    Api.Reply again = Api.send("GET", householdPath, officer, null);
    assertThat(again.raw().headers().firstValue("ETag").orElseThrow()).isEqualTo(etag);
    assertThat(again.json().getJsonArray("members")).hasSize(3);

    // a corrected row is an update: Budi finished SD
    JsonObject third =
        awaitEnd(officer, upload(officer, csv.replace(",ANAK,SD,Pelajar,", ",ANAK,SMP,Pelajar,")));
    assertThat(third.getJsonNumber("personsUpdated").longValue()).isEqualTo(1);
    assertThat(third.getJsonNumber("householdsUpdated").longValue()).isEqualTo(1);
    Api.Reply updated = Api.send("GET", householdPath, officer, null);
    assertThat(updated.raw().headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    assertThat(Api.member(updated.json(), "Budi Santoso").getString("education")).isEqualTo("SMP");
  }

  /**
   * A file long enough to be imported in several chunks at once (chunks of about 500 rows, two at a
   * time) gives what reading it in order gives. A family card whose member appears again in the
   * next chunk gets that member: the later chunk waits for the earlier, as they share the card
   * (without the wait it would find no family and refuse the row for want of a head). A NIK that
   * appears again on another family card in the next chunk is refused there, the first one kept.
   */
  @Test
  void aFileImportedInChunksAtOnceGivesWhatReadingItInOrderGives() throws Exception {
    String officer = Api.token("puskesos.karawang");
    String s = Api.serial();
    int families = 900;
    StringBuilder csv = new StringBuilder(HEADER);
    int line = 1;
    int duplicateLine = 0;
    for (int i = 0; i < families; i++) {
      // family 800's child (chunk 4) carries the NIK and birth date of family 600's (chunk 3)
      int childOf = i == 800 ? 600 : i;
      csv.append(row(kk(i, s), nik(i, 1960, s), "Kepala " + i, born(i, 1960), "KEPALA_KELUARGA"));
      csv.append(row(kk(i, s), nik(childOf, 2000, s), "Anak " + i, born(childOf, 2000), "ANAK"));
      line += 2;
      if (i == 800) {
        duplicateLine = line;
      }
      if (i == 400) {
        // a third member of family 100 (chunk 1), in chunk 2, far from its card's other rows
        csv.append(row(kk(100, s), "", "Bungsu", "2020-02-02", "ANAK"));
        line++;
      }
    }

    JsonObject done = awaitEnd(officer, upload(officer, csv.toString()));

    assertThat(done.getString("status")).as(done.toString()).isEqualTo("SELESAI");
    assertThat(done.getInt("percent")).isEqualTo(100);
    Api.Reply rejects =
        Api.send(
            "GET",
            "/t/karawang/imports/" + done.getJsonNumber("id") + "/rejects",
            officer,
            null,
            Map.of("Accept-Language", "en"));
    assertThat(done.getJsonNumber("rowsRead").longValue()).isEqualTo(2L * families + 1);
    assertThat(done.getJsonNumber("rowsRejected").longValue()).as(rejects.body()).isEqualTo(1);
    assertThat(done.getJsonNumber("personsAdded").longValue()).isEqualTo(2L * families);
    assertThat(done.getJsonNumber("householdsAdded").longValue()).isEqualTo(families);
    assertThat(done.getJsonNumber("householdsUpdated").longValue()).isEqualTo(1);
    JsonObject refused = rejects.json().getJsonArray("items").getJsonObject(0);
    assertThat(refused.getJsonNumber("line").longValue()).isEqualTo(duplicateLine);
    assertThat(refused.getJsonArray("reasons").getJsonObject(0).getString("message"))
        .contains("family card " + kk(600, s));

    Api.Reply child = Api.send("GET", "/t/karawang/persons/" + nik(600, 2000, s), officer, null);
    assertThat(child.json().getString("name")).isEqualTo("Anak 600");
    Api.Reply head = Api.send("GET", "/t/karawang/persons/" + nik(100, 1960, s), officer, null);
    Api.Reply family100 =
        Api.send(
            "GET",
            "/t/karawang/households/" + head.json().getJsonNumber("householdId"),
            officer,
            null);
    assertThat(family100.json().getJsonArray("members"))
        .extracting(m -> ((JsonObject) m).getString("name"))
        .containsExactlyInAnyOrder("Kepala 100", "Anak 100", "Bungsu");
  }

  private static String row(String kk, String nik, String name, String born, String relation) {
    return kk
        + ",32.15.01.1001,1,1,,,"
        + nik
        + ","
        + name
        + ",L,"
        + born
        + ","
        + relation
        + ",,,,,,,,,\n";
  }

  /** A date of its own for each family, from {@code century}: day 1-28, month, year. */
  private static String born(int family, int century) {
    return String.format(
        "%d-%02d-%02d", century + family / 336, 1 + (family / 28) % 12, 1 + family % 28);
  }

  /** A man's NIK born on {@link #born}: the kecamatan, DDMMYY and the run's serial. */
  private static String nik(int family, int century, String s) {
    return "321501"
        + String.format(
            "%02d%02d%02d", 1 + family % 28, 1 + (family / 28) % 12, (century + family / 336) % 100)
        + s;
  }

  /** A family's No. KK: the kecamatan, an issue date of its own (DDMMYY) and the run's serial. */
  private static String kk(int family, String s) {
    return "321501"
        + String.format("%02d%02d%02d", 1 + family % 28, 1 + (family / 28) % 12, 10 + family / 336)
        + s;
  }

  @Test
  void refusesAHostileFileAsAWholeAndImportsNothing() throws Exception {
    String officer = Api.token("puskesos.karawang");
    String s = Api.serial();
    String t = Api.serial();
    byte[] good = file(s, t).getBytes(StandardCharsets.UTF_8);
    // a Windows-1252 "é" on line 5: not UTF-8
    String text = file(s, t).replace("Asep Sunandar", "Asep X");
    byte[] latin = text.getBytes(StandardCharsets.UTF_8);
    int at = text.indexOf("Asep X") + 5;
    latin[at] = (byte) 0xE9;
    JsonObject notUtf8 = awaitEnd(officer, uploadBytes(officer, latin));
    assertThat(notUtf8.getString("status")).isEqualTo("GAGAL");
    assertThat(notUtf8.getString("failure")).contains("Baris 5").contains("UTF-8");
    assertThat(notUtf8.getJsonNumber("rowsRead").longValue()).isZero();
    // the rows before the bad byte were not imported either
    assertThat(Api.send("GET", "/t/karawang/persons/321501450785" + s, officer, null).status())
        .isEqualTo(404);

    String huge = file(s, t).replace("Jl. Tuparev 12", "x".repeat(5000));
    JsonObject tooLong =
        awaitEnd(officer, uploadBytes(officer, huge.getBytes(StandardCharsets.UTF_8)));
    assertThat(tooLong.getString("status")).isEqualTo("GAGAL");
    assertThat(tooLong.getString("failure")).contains("Baris 2").contains("1000");

    JsonObject noColumns =
        awaitEnd(
            officer,
            uploadBytes(officer, "nama,alamat\nSiti,Karawang\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(noColumns.getString("failure")).contains("no_kk").contains("tanggal_lahir");

    Api.Reply empty = Api.upload("/t/karawang/imports/dtks", officer, new byte[0], "text/csv");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"file\"");
    assertThat(Api.send("GET", "/t/karawang/persons/321501450785" + s, officer, null).status())
        .isEqualTo(404);
    assertThat(good).isNotEmpty();
  }

  @Test
  void onlyTheDistrictsOfficersImportAndSeeImports() throws Exception {
    String officer = Api.token("puskesos.karawang");
    String s = Api.serial();
    String t = Api.serial();
    String location = upload(officer, file(s, t));
    awaitEnd(officer, location);
    String path = location.substring(location.indexOf("/t/karawang/"));
    // a KLIK cadre may not import; another district's officer cannot reach this district's import
    assertThat(
            Api.upload(
                    "/t/karawang/imports/dtks",
                    Api.token("klik.karawang"),
                    "x".getBytes(),
                    "text/csv")
                .status())
        .isEqualTo(403);
    assertThat(Api.send("GET", path, Api.token("puskesos.maros"), null).status()).isEqualTo(403);
    // and nothing of it is in the other district
    String maros = Api.token("puskesos.maros");
    assertThat(Api.send("GET", "/t/maros/persons/321501450785" + s, maros, null).status())
        .isIn(400, 404);
    Api.Reply list = Api.send("GET", "/t/maros/imports", maros, null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain("puskesos.karawang");
  }

  private static String uploadBytes(String token, byte[] body) {
    Api.Reply started = Api.upload("/t/karawang/imports/dtks", token, body, "text/csv");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    return started.raw().headers().firstValue("Location").orElseThrow();
  }
}
