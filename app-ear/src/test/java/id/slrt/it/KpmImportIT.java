package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import of a district's existing KPM list: rows enrolled as the enrolment screen would, a
 * family intake does not know registered from its row, refused rows listed column by column and
 * downloadable, the same file twice changing nothing, and the uploader's place and role enforced.
 */
@ExtendWith(ArquillianExtension.class)
class KpmImportIT {
  private static final String IMPORTS = "/t/karawang/pkh/kpm-imports";
  static final String HEADER =
      "nomor_peserta;tahun_mulai;no_kk;nik_pengurus;nama_pengurus;hubungan_pengurus;nik_kepala;"
          + "nama_kepala;kode_desa;alamat;rt;rw;kelompok;pendamping;komponen_1;nik_komponen_1\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  static String participantNumber() {
    return "3215" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
  }

  static String upload(String token, String csv) {
    Api.Reply started =
        Api.upload(
            IMPORTS + "?fileName=kpm-karawang.csv",
            token,
            csv.getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String location = started.raw().headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith(IMPORTS + "/" + started.json().getJsonNumber("id"));
    return location.substring(location.indexOf("/t/"));
  }

  static JsonObject imported(String token, String csv) throws InterruptedException {
    return DtksImportApiIT.awaitEnd(token, upload(token, csv));
  }

  private static List<JsonObject> rejects(String token, String importPath) {
    Api.Reply page = Api.send("GET", importPath + "/rejects", token, null);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<String> columns(JsonObject reject) {
    return reject.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("column"))
        .toList();
  }

  @Test
  void enrolsRowsRegistersUnknownFamiliesRefusesRowsClearlyAndChangesNothingTheSecondTime()
      throws Exception {
    String coordinator = Api.token("korkab.karawang");
    JsonObject family = Api.registerFamily(Api.token("puskesos.karawang")).json();
    String mother = Api.member(family, "Siti Juariah").getString("nik");
    String son = Api.member(family, "Budi Santoso").getString("nik");
    String t = Api.serial();
    String wartini = "321501520488" + t;
    String known = participantNumber();
    String registered = participantNumber();
    String group = "IMP-" + t;
    String csv =
        HEADER
            // line 2: a family of intake
            + "%s;2019;%s;%s;;;;;;;;;%s;pendamping.karawang;ANAK_SMP;%s\n"
                .formatted(known, family.getString("kk"), mother, group, son)
            // line 3: a family intake does not know, without a family card yet; the child's NIK
            // is not registered with it, so the component is kept for the family
            + "%s;2021;;%s;Wartini;ISTRI;321501100380%s;Karta;32.15.01.1001;Dusun Krajan;3;1;%s;;ANAK_SD;321501010115%s\n"
                .formatted(registered, wartini, t, group, t)
            // line 4: not a participant number
            + "123;;;321501450785%s;;;;;;;;;%s;;;\n".formatted(Api.serial(), group)
            // line 5: an unknown family with nothing to register it by
            + "%s;;;321501450786%s;;;;;;;;;%s;;;\n".formatted(participantNumber(), t, group)
            // line 6: the family of line 2 again, under another number
            + "%s;;;%s;;;;;;;;;%s;;;\n".formatted(participantNumber(), mother, group)
            // line 7: a component that does not exist
            + "%s;;;%s;;;;;;;;;%s;;KAYA;\n".formatted(participantNumber(), mother, group);

    String path = upload(coordinator, csv);
    JsonObject first = DtksImportApiIT.awaitEnd(coordinator, path);
    assertThat(first.getString("status")).as(first.toString()).isEqualTo("SELESAI");
    assertThat(first.getInt("percent")).isEqualTo(100);
    assertThat(first.getJsonNumber("rowsTotal").longValue()).isEqualTo(6);
    assertThat(first.getJsonNumber("rowsDone").longValue()).isEqualTo(6);
    assertThat(first.getJsonNumber("kpmAdded").longValue()).isEqualTo(2);
    assertThat(first.getJsonNumber("familiesRegistered").longValue()).isEqualTo(1);
    assertThat(first.getJsonNumber("rowsRejected").longValue()).isEqualTo(4);
    assertThat(first.getString("createdBy")).isEqualTo("korkab.karawang");

    JsonObject kpm = Api.send("GET", "/t/karawang/pkh/kpm/" + known, coordinator, null).json();
    assertThat(kpm.getString("recipientName")).isEqualTo("Siti Juariah");
    assertThat(kpm.getInt("startYear")).isEqualTo(2019);
    assertThat(kpm.getString("facilitator")).isEqualTo("pendamping.karawang");
    assertThat(kpm.getJsonArray("components").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(c -> assertThat(c.getString("component")).isEqualTo("ANAK_SMP"))
        .satisfies(c -> assertThat(c.getString("personName")).isEqualTo("Budi Santoso"));

    // the family registered from its row, as intake shows it: a provisional card, two members
    JsonObject other =
        Api.send("GET", "/t/karawang/pkh/kpm/" + registered, coordinator, null).json();
    assertThat(other.getString("recipientName")).isEqualTo("Wartini");
    assertThat(other.getJsonArray("components").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(c -> assertThat(c.getString("component")).isEqualTo("ANAK_SD"))
        .satisfies(c -> assertThat(c.containsKey("personId")).isFalse());
    String officer = Api.token("puskesos.karawang");
    Api.Reply person = Api.send("GET", "/t/karawang/persons/" + wartini, officer, null);
    assertThat(person.status()).as(person.body()).isEqualTo(200);
    JsonObject household =
        Api.send(
                "GET",
                "/t/karawang/households/" + person.json().getJsonNumber("householdId"),
                officer,
                null)
            .json();
    assertThat(household.getString("kkStatus")).isEqualTo("BELUM_ADA");
    assertThat(household.getJsonArray("members").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("name") + ":" + m.getString("relationship"))
        .containsExactlyInAnyOrder("Wartini:ISTRI", "Karta:KEPALA_KELUARGA");

    // the refused rows: line, who, and each reason against its column
    List<JsonObject> refused = rejects(coordinator, path);
    assertThat(refused).extracting(r -> r.getInt("line")).containsExactly(4, 5, 6, 7);
    assertThat(columns(refused.get(0))).containsExactly("nomor_peserta");
    assertThat(columns(refused.get(1))).containsExactlyInAnyOrder("kode_desa", "nama_pengurus");
    assertThat(columns(refused.get(2))).containsExactly("nik_pengurus");
    assertThat(refused.get(2).toString()).contains(known);
    assertThat(columns(refused.get(3))).containsExactly("komponen_1");
    Api.Reply download =
        Api.send("GET", path + "/rejects.csv", coordinator, null, Map.of("Accept", "text/csv"));
    assertThat(download.status()).isEqualTo(200);
    String[] lines = download.body().split("\r\n");
    assertThat(lines[0]).startsWith("\ufeff\"nomor_peserta\";").endsWith(";\"baris\";\"alasan\"");
    assertThat(lines).hasSize(5);
    assertThat(lines[1]).startsWith("\"123\";").contains(";\"4\";\"nomor_peserta: ");

    // the same file again: everything enrolled stays as it is
    JsonObject second = imported(coordinator, csv);
    assertThat(second.getString("status")).isEqualTo("SELESAI");
    assertThat(second.getJsonNumber("kpmAdded").longValue()).isZero();
    assertThat(second.getJsonNumber("familiesRegistered").longValue()).isZero();
    assertThat(second.getJsonNumber("kpmUnchanged").longValue()).isEqualTo(2);
    assertThat(second.getJsonNumber("rowsRejected").longValue()).isEqualTo(4);
  }

  @Test
  void aKecamatanCoordinatorImportsOnlyTheirPlaceAndOnlyCoordinatorsImport() throws Exception {
    String korcam = Api.token("korcam.karawang");
    String officer = Api.token("puskesos.karawang");
    String s = Api.serial();
    // a family of another kecamatan, known to intake
    Api.Reply elsewhere =
        Api.send(
            "POST",
            "/t/karawang/households",
            officer,
            Api.family("321502120315" + s, "321502450785" + s, "321502010110" + s)
                .replace("32.15.01.1001", "32.15.02.2001"));
    assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);
    String outside = participantNumber();
    String unknownOutside = participantNumber();
    String newNik = "321502520488" + s;
    String csv =
        HEADER
            + "%s;;;321502450785%s;;;;;;;;;IMP-%s;pendamping.karawang;;\n".formatted(outside, s, s)
            + "%s;;;%s;Wartini;;;;32.15.02.2001;;;;IMP-%s;pendamping.karawang;;\n"
                .formatted(unknownOutside, newNik, s);

    String path = upload(korcam, csv);
    JsonObject done = DtksImportApiIT.awaitEnd(korcam, path);
    assertThat(done.getJsonNumber("rowsRejected").longValue()).as(done.toString()).isEqualTo(2);
    assertThat(done.getJsonNumber("kpmAdded").longValue()).isZero();
    assertThat(rejects(korcam, path))
        .allSatisfy(r -> assertThat(columns(r)).containsExactly("kode_desa", "kelompok"));
    // nothing of the refused rows was written: no KPM, and the family was not registered
    String korkab = Api.token("korkab.karawang");
    assertThat(Api.send("GET", "/t/karawang/pkh/kpm/" + outside, korkab, null).status())
        .isEqualTo(404);
    assertThat(Api.send("GET", "/t/karawang/pkh/kpm/" + unknownOutside, korkab, null).status())
        .isEqualTo(404);
    assertThat(Api.send("GET", "/t/karawang/persons/" + newNik, officer, null).status())
        .isEqualTo(404);

    // another coordinator's import is not theirs to read; the admin reads every one
    assertThat(Api.send("GET", path, korkab, null).status()).isEqualTo(404);
    assertThat(Api.send("GET", path, Api.token("admin.karawang"), null).status()).isEqualTo(200);
    assertThat(Api.send("GET", IMPORTS + "?size=100", korkab, null).body())
        .doesNotContain("\"id\":" + path.substring(path.lastIndexOf('/') + 1) + ",");
    // another district does not see it either
    assertThat(
            Api.send(
                    "GET",
                    path.replace("/t/karawang/", "/t/maros/"),
                    Api.token("admin.maros"),
                    null)
                .status())
        .isEqualTo(404);

    // a facilitator enrols on the screen; the import is for coordinators and the district office
    Api.Reply facilitator =
        Api.upload(IMPORTS, Api.token("pendamping.karawang"), csv.getBytes(), "text/csv");
    assertThat(facilitator.status()).isEqualTo(403);
  }

  @Test
  void aFileThatIsNotTheFormatIsRefusedAsAWholeBeforeAnythingIsWritten() throws Exception {
    String admin = Api.token("admin.karawang");
    JsonObject missing = imported(admin, "nomor_peserta,nama\n321500000000001,Siti\n");
    assertThat(missing.getString("status")).isEqualTo("GAGAL");
    assertThat(missing.getString("failure")).contains("nik_pengurus").contains("kelompok");
    assertThat(missing.getJsonNumber("rowsDone").longValue()).isZero();

    JsonObject broken = imported(admin, HEADER + "\"321500000000001;;;3215;;;;;;;;;X;;;\n");
    assertThat(broken.getString("status")).isEqualTo("GAGAL");
    assertThat(broken.getString("failure")).startsWith("Baris 2");

    Api.Reply empty = Api.upload(IMPORTS, admin, new byte[0], "text/csv");
    assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"file\"");
  }
}
