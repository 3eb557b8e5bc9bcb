package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The referral letter (surat rujukan) as an officer prints it and an agency's desk checks it: the
 * district's letterhead and numbering, the signatory, the same letter when printed again, numbers
 * without gaps, the public verification page behind the QR code, and the district's optional
 * recommendation and decision before a letter can be printed.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralLetterIT {
  private static final Pattern NUMBER =
      Pattern.compile("Nomor: ([0-9]{3,})/RUJ-SLRT/([IVX]+)/(20[0-9]{2})");
  private static final String WEB =
      "http://localhost:" + System.getProperty("slrt.http.port", "18080") + "/slrt/";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  /** A referral to KIS for the mother of a newly registered family; its id. */
  private static long referral(String officer) {
    Api.Reply family = Api.registerFamily(officer);
    assertThat(family.status()).as(family.body()).isEqualTo(201);
    String mother = Api.member(family.json(), "Siti Juariah").getString("nik");
    Api.Reply referral =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            officer,
            "{\"nik\": \"%s\", \"serviceCode\": \"KIS\", \"reason\": \"Belum punya KIS\"}"
                .formatted(mother));
    assertThat(referral.status()).as(referral.body()).isEqualTo(201);
    return referral.json().getJsonNumber("id").longValue();
  }

  private static String pdfText(Api.Download pdf) throws Exception {
    assertThat(pdf.status())
        .as(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    PdfReader reader = new PdfReader(pdf.body());
    try {
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
  }

  private static int seq(String text) {
    Matcher m = NUMBER.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static JsonObject letter(String token, long id) {
    Api.Reply reply = Api.send("GET", "/t/karawang/referrals/" + id + "/letter", token, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static String page(String url) {
    Api.Reply reply = Api.send("GET", url, null, null, java.util.Map.of("Accept", "text/html"));
    assertThat(reply.status()).isEqualTo(200);
    return reply.body();
  }

  private static void nameSecretariatSignatory(String admin) {
    Api.Reply named =
        Api.send(
            "PUT",
            "/t/karawang/letter-settings/signatories/SEKRETARIAT",
            admin,
            "{\"username\": \"admin.karawang\", \"name\": \"Drs. H. Asep Saepudin, M.Si.\","
                + " \"title\": \"Kepala Bidang Perlindungan dan Jaminan Sosial\","
                + " \"nip\": \"197001011995031002\"}");
    assertThat(named.status()).as(named.body()).isEqualTo(200);
  }

  @Test
  void anOfficerPrintsTheLetterAndTheQrCodesPageSaysItIsGenuine() throws Exception {
    String admin = Api.token("admin.karawang");
    String officer = Api.token("puskesos.karawang");
    nameSecretariatSignatory(admin);

    long first = referral(officer);
    JsonObject before = letter(officer, first);
    assertThat(before.containsKey("status")).isFalse();
    assertThat(before.getJsonArray("actions").getValuesAs(JsonString::getString))
        .containsExactly("PRINT");

    String text = pdfText(Api.download("/t/karawang/referrals/" + first + "/letter.pdf", officer));
    assertThat(text)
        .contains("PEMERINTAH KABUPATEN KARAWANG")
        .contains("DINAS SOSIAL")
        .contains("SURAT RUJUKAN")
        .contains("Siti Juariah")
        .contains("Belum punya KIS")
        .contains("Drs. H. Asep Saepudin, M.Si.")
        .contains("NIP 197001011995031002")
        .doesNotContainIgnoringCase("miskin")
        .doesNotContainIgnoringCase("desil");
    int number = seq(text);

    // printed again, it is the same letter
    String again = pdfText(Api.download("/t/karawang/referrals/" + first + "/letter.pdf", officer));
    assertThat(seq(again)).isEqualTo(number);
    JsonObject issued = letter(officer, first);
    assertThat(issued.getString("status")).isEqualTo("TERBIT");
    assertThat(issued.getString("number")).startsWith("%03d/RUJ-SLRT/".formatted(number));
    assertThat(issued.getString("signatoryName")).isEqualTo("Drs. H. Asep Saepudin, M.Si.");

    // the next letter takes the next number
    long second = referral(officer);
    assertThat(
            seq(pdfText(Api.download("/t/karawang/referrals/" + second + "/letter.pdf", officer))))
        .isEqualTo(number + 1);

    // the QR code's page: genuine, its number and the referral's status, and nothing else
    String key = issued.getString("verifyKey");
    assertThat(key).matches("[a-z2-7]{26}");
    String genuine = page(WEB + "cek-surat.xhtml?d=karawang&k=" + key);
    assertThat(genuine)
        .contains("Surat rujukan ini asli")
        .contains(issued.getString("number"))
        .contains("Dirujuk")
        .doesNotContain("Siti Juariah")
        .doesNotContain("KIS");
    Api.Reply accepted =
        Api.send(
            "POST",
            "/t/karawang/referrals/" + first + "/transitions",
            Api.token("dinkes.karawang"),
            "{\"to\": \"DITERIMA\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(page(WEB + "cek-surat.xhtml?d=karawang&k=" + key)).contains("Diterima");
    String otherKey = (key.charAt(0) == 'a' ? "b" : "a") + key.substring(1);
    assertThat(page(WEB + "cek-surat.xhtml?d=karawang&k=" + otherKey))
        .contains("Surat tidak ditemukan")
        .doesNotContain(issued.getString("number"));
    assertThat(page(WEB + "cek-surat.xhtml?d=maros&k=" + key)).contains("Surat tidak ditemukan");
    assertThat(page(WEB + "cek-surat.xhtml?d=../../etc&k=%27%3Cscript%3E"))
        .contains("Surat tidak ditemukan")
        .doesNotContain("<script>");

    // an agency reads its referrals, never the letter; another district's officer is refused
    assertThat(
            Api.send(
                    "GET",
                    "/t/karawang/referrals/" + first + "/letter",
                    Api.token("disdukcapil.karawang"),
                    null)
                .status())
        .isEqualTo(403);
    assertThat(
            Api.download(
                    "/t/karawang/referrals/" + first + "/letter.pdf", Api.token("puskesos.maros"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void aClosedReferralGetsNoNewLetter() {
    String officer = Api.token("puskesos.karawang");
    nameSecretariatSignatory(Api.token("admin.karawang"));
    long id = referral(officer);
    Api.Reply withdrawn =
        Api.send(
            "POST",
            "/t/karawang/referrals/" + id + "/transitions",
            officer,
            "{\"to\": \"DITARIK\", \"note\": \"Keluarga pindah\"}");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    Api.Reply refused =
        Api.send("GET", "/t/karawang/referrals/" + id + "/letter.pdf", officer, null);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(letter(officer, id).getJsonArray("actions")).isEmpty();
  }

  @Test
  void whereTheDistrictAsksForItTheSignatoryDecidesBeforeTheLetterIsPrinted() throws Exception {
    String admin = Api.token("admin.karawang");
    String officer = Api.token("puskesos.karawang");
    nameSecretariatSignatory(admin);
    JsonObject settings = Api.send("GET", "/t/karawang/letter-settings", admin, null).json();
    try {
      Api.Reply bad =
          Api.send(
              "PUT",
              "/t/karawang/letter-settings",
              admin,
              "{\"authority\": \"PEMERINTAH KABUPATEN KARAWANG\", \"office\": \"DINAS SOSIAL\","
                  + " \"place\": \"Karawang\", \"numberPattern\": \"RUJ/{bulan}/{tahun}\","
                  + " \"approvalRequired\": true}");
      assertThat(bad.status()).as(bad.body()).isEqualTo(400);
      assertThat(bad.body()).contains("numberPattern");
      assertThat(
              Api.send("GET", "/t/karawang/letter-settings", admin, null)
                  .json()
                  .getBoolean("approvalRequired"))
          .as("nothing changed by a refused change")
          .isEqualTo(settings.getBoolean("approvalRequired"));

      Api.Reply on =
          Api.send(
              "PUT",
              "/t/karawang/letter-settings",
              admin,
              "{\"authority\": \"PEMERINTAH KABUPATEN KARAWANG\", \"office\": \"DINAS SOSIAL\","
                  + " \"address\": \"Jl. Jend. Ahmad Yani No. 1, Karawang\", \"place\": \"Karawang\","
                  + " \"numberPattern\": \"{no}/RUJ-SLRT/{bulan}/{tahun}\", \"approvalRequired\": true}");
      assertThat(on.status()).as(on.body()).isEqualTo(200);

      long id = referral(officer);
      Api.Reply early =
          Api.send("GET", "/t/karawang/referrals/" + id + "/letter.pdf", officer, null);
      assertThat(early.status()).as(early.body()).isEqualTo(409);
      assertThat(early.body()).contains("rekomendasi");

      JsonObject recommended =
          Api.send(
                  "POST",
                  "/t/karawang/referrals/" + id + "/letter/recommendation",
                  officer,
                  "{\"note\": \"Dokumen lengkap\"}")
              .json();
      assertThat(recommended.getString("status")).isEqualTo("DIREKOMENDASIKAN");
      assertThat(recommended.containsKey("number")).isFalse();

      // only the signatory decides
      Api.Reply notSignatory =
          Api.send(
              "POST",
              "/t/karawang/referrals/" + id + "/letter/decision",
              officer,
              "{\"approve\": true}");
      assertThat(notSignatory.status()).as(notSignatory.body()).isEqualTo(403);
      assertThat(letter(admin, id).getJsonArray("actions").getValuesAs(JsonString::getString))
          .contains("DECIDE");

      Api.Reply noReason =
          Api.send(
              "POST",
              "/t/karawang/referrals/" + id + "/letter/decision",
              admin,
              "{\"approve\": false}");
      assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
      JsonObject refused =
          Api.send(
                  "POST",
                  "/t/karawang/referrals/" + id + "/letter/decision",
                  admin,
                  "{\"approve\": false, \"note\": \"KK belum dilampirkan\"}")
              .json();
      assertThat(refused.getString("status")).isEqualTo("DITOLAK");
      assertThat(
              Api.send("GET", "/t/karawang/referrals/" + id + "/letter.pdf", officer, null)
                  .status())
          .isEqualTo(409);

      Api.send(
          "POST",
          "/t/karawang/referrals/" + id + "/letter/recommendation",
          officer,
          "{\"note\": \"KK sudah dilampirkan\"}");
      JsonObject approved =
          Api.send(
                  "POST",
                  "/t/karawang/referrals/" + id + "/letter/decision",
                  admin,
                  "{\"approve\": true, \"note\": \"Setuju\"}")
              .json();
      assertThat(approved.getString("status")).isEqualTo("TERBIT");
      assertThat(approved.getString("decidedBy")).isEqualTo("admin.karawang");
      String text = pdfText(Api.download("/t/karawang/referrals/" + id + "/letter.pdf", officer));
      assertThat(text)
          .contains(approved.getString("number"))
          .contains("Jl. Jend. Ahmad Yani No. 1");

      // the signatory does not approve their own recommendation
      long own = referral(officer);
      Api.send("POST", "/t/karawang/referrals/" + own + "/letter/recommendation", admin, "{}");
      Api.Reply self =
          Api.send(
              "POST",
              "/t/karawang/referrals/" + own + "/letter/decision",
              admin,
              "{\"approve\": true}");
      assertThat(self.status()).as(self.body()).isEqualTo(403);

      // the district drops the decision step: the letter still waiting is issued at its print
      Api.Reply dropped =
          Api.send(
              "PUT",
              "/t/karawang/letter-settings",
              admin,
              "{\"authority\": \"PEMERINTAH KABUPATEN KARAWANG\", \"office\": \"DINAS SOSIAL\","
                  + " \"place\": \"Karawang\", \"numberPattern\": \"{no}/RUJ-SLRT/{bulan}/{tahun}\","
                  + " \"approvalRequired\": false}");
      assertThat(dropped.status()).as(dropped.body()).isEqualTo(200);
      String ownText =
          pdfText(Api.download("/t/karawang/referrals/" + own + "/letter.pdf", officer));
      assertThat(letter(officer, own).getString("status")).isEqualTo("TERBIT");
      assertThat(ownText).contains(letter(officer, own).getString("number"));
    } finally {
      Api.Reply off =
          Api.send(
              "PUT",
              "/t/karawang/letter-settings",
              admin,
              "{\"authority\": \"%s\", \"office\": \"%s\", \"place\": \"%s\", \"numberPattern\": \"%s\", \"approvalRequired\": false}"
                  .formatted(
                      settings.getString("authority"),
                      settings.getString("office"),
                      settings.getString("place"),
                      settings.getString("numberPattern")));
      assertThat(off.status()).as(off.body()).isEqualTo(200);
    }
  }
}
