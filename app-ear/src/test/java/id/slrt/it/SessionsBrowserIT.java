package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two phones logged one session differently: the facilitator sees the conflict on the sessions
 * screen, with the sheet's photo of the first, and keeps the second.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsBrowserIT {
  private static final String SESSIONS = "/t/karawang/pkh/p2k2-sessions";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aFacilitatorDecidesAConflictingLogOnAPhone() {
    String code = "SESI-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    String facilitator = Api.token("pendamping.karawang");
    String day = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString();
    List<JsonObject> sent =
        P2k2SyncIT.send(
            facilitator,
            P2k2SyncIT.log(
                UUID.randomUUID().toString(), code, 3, day, kpm, "HADIR", "HADIR", "HADIR"),
            P2k2SyncIT.log(
                UUID.randomUUID().toString(), code, 3, day, kpm, "HADIR", "IZIN", "TIDAK_HADIR"));
    long first = sent.get(0).getJsonNumber("sessionId").longValue();
    long second = sent.get(1).getJsonNumber("sessionId").longValue();
    assertThat(
            Api.upload(
                    "PUT",
                    SESSIONS + "/" + first + "/sheet-photo",
                    facilitator,
                    P2k2SyncIT.jpeg(),
                    "image/jpeg")
                .status())
        .isEqualTo(200);

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("pendamping.karawang");
      browser.open("app/pkh/sessions.xhtml");
      browser.choose("sessions:group", code);
      String card =
          "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
              + "[contains(., '"
              + code
              + "')]";
      // a conflict is shown first, beside who logged the session before
      assertThat(browser.visible(By.xpath(card)).getText())
          .contains("Berbeda, menunggu keputusan", "tidak hadir", "pendamping.karawang");
      browser.assertAccessible("the P2K2 sessions with a conflict");
      browser.click(By.xpath(card + "//button[contains(@id, ':keep')]"));
      browser.wait.until(d -> d.findElements(By.xpath(card)).isEmpty());

      browser.choose("sessions:state", "Semua");
      assertThat(browser.awaitText("logs", "Disisihkan")).contains("Lihat foto daftar hadir");
      // the link opens the photo itself
      browser.open("app/pkh/sheet-photo?session=" + first);
      assertThat(
              ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                  .executeScript("return document.contentType"))
          .isEqualTo("image/jpeg");
    }
    assertThat(
            Api.send("GET", SESSIONS + "/" + second, facilitator, null).json().getString("state"))
        .isEqualTo("TERCATAT");
    assertThat(Api.send("GET", SESSIONS + "/" + first, facilitator, null).json().getString("state"))
        .isEqualTo("DISISIHKAN");
  }

  @Test
  void aCoordinatorScoresASessionsQualityOnAPhone() {
    String code = "NILAI-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    String day = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(2).toString();
    long session =
        P2k2SyncIT.send(
                Api.token("pendamping.karawang"),
                P2k2SyncIT.log(
                    UUID.randomUUID().toString(), code, 2, day, kpm, "HADIR", "HADIR", "HADIR"))
            .get(0)
            .getJsonNumber("sessionId")
            .longValue();
    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("korkab.karawang");
      browser.open("app/pkh/sessions.xhtml");
      browser.choose("sessions:group", code);
      browser.choose("sessions:state", "Tercatat");
      String card =
          "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
              + "[contains(., '"
              + code
              + "')]";
      browser.click(By.xpath(card + "//button[contains(@id, ':assess')]"));
      browser.visible(By.xpath(card + "//label[contains(., 'Pendamping menyiapkan materi')]"));
      browser.assertAccessible("a session's quality form");
      List<String> menus =
          browser
              .driver
              .findElements(
                  By.xpath(card + "//div[substring(@id, string-length(@id) - 5) = ':score']"))
              .stream()
              .map(e -> e.getAttribute("id"))
              .toList();
      assertThat(menus).hasSize(6);
      for (String menu : menus) {
        browser.choose(menu, "3");
      }
      browser.click(By.xpath(card + "//button[contains(@id, ':saveAssessment')]"));
      browser.wait.until(
          d -> d.findElement(By.tagName("body")).getText().contains("Penilaian tersimpan: 75%"));
    }
    assertThat(
            Api.send(
                    "GET",
                    SESSIONS + "/" + session + "/quality",
                    Api.token("pendamping.karawang"),
                    null)
                .parse()
                .asJsonArray())
        .hasSize(1);
  }
}
