package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
 * Stickers on KPM houses: the district's text is neutral and never says "miskin", the group's
 * stickers print with it and no names, and the day each house got one is recorded.
 */
@ExtendWith(ArquillianExtension.class)
class StickerIT {
  private static final String PKH = "/t/karawang/pkh";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aStickerIsNeutralPrintedForAGroupAndRecordedWhenPutUp() throws Exception {
    String admin = Api.token("admin.karawang");
    String facilitator = Api.token("pendamping.karawang");
    Api.Reply refused =
        Api.send(
            "PUT", PKH + "/sticker-text", admin, "{\"text\": \"Keluarga MISKIN penerima PKH\"}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("text");
    assertThat(Api.send("PUT", PKH + "/sticker-text", facilitator, "{\"text\": \"x\"}").status())
        .isEqualTo(403);
    String text = "Keluarga Peserta PKH — Bersama Menuju Sejahtera";
    Api.Reply changed =
        Api.send("PUT", PKH + "/sticker-text", admin, "{\"text\": \"" + text + "\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);

    String code = "STIKER-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    Api.Download pdf = Api.download(PKH + "/groups/" + code + "/stickers.pdf", facilitator);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    PdfReader reader = new PdfReader(pdf.body());
    String printed;
    try {
      // as one line: a sticker's text wraps where the cell ends
      printed = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
    } finally {
      reader.close();
    }
    assertThat(printed).contains("Bersama Menuju Sejahtera", kpm.get(0), kpm.get(2));
    assertThat(printed.toLowerCase()).doesNotContain("miskin").doesNotContain("sri wahyuni");
    // another facilitator's group prints nothing, as a group that does not exist
    String other = Api.token("pendamping2.karawang");
    assertThat(Api.download(PKH + "/groups/" + code + "/stickers.pdf", other).status())
        .isEqualTo(404);

    String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    Api.Reply future =
        Api.send(
            "POST",
            PKH + "/kpm/" + kpm.get(0) + "/sticker",
            facilitator,
            "{\"on\": \"2099-01-01\"}");
    assertThat(future.status()).as(future.body()).isEqualTo(400);
    Api.Reply placed = Api.send("POST", PKH + "/kpm/" + kpm.get(0) + "/sticker", facilitator, "{}");
    assertThat(placed.status()).as(placed.body()).isEqualTo(200);
    JsonObject read = Api.send("GET", PKH + "/kpm/" + kpm.get(0), facilitator, null).json();
    assertThat(read.getString("stickerPlacedOn")).isEqualTo(today);
    // the district's text back as it was, for other tests
    Api.send(
        "PUT",
        PKH + "/sticker-text",
        admin,
        "{\"text\": \"Keluarga Peserta Program Keluarga Harapan (PKH)\"}");
  }
}
