package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The district admin reviews a verivali proposal in the screen on a phone-sized window and
 * downloads the verified ones for the SIKS-NG operator.
 */
@ExtendWith(ArquillianExtension.class)
class VerivaliReviewBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void adminVerifiesAProposalAndDownloadsItForSiksNg() throws Exception {
    String officer = Api.token("puskesos.karawang");
    String s = Api.serial();
    String kk = "321501120315" + s;
    Api.Reply household =
        Api.send(
            "POST",
            "/t/karawang/households",
            officer,
            Api.family(kk, "321501450785" + s, "321501010110" + s));
    assertThat(household.status()).as(household.body()).isEqualTo(201);
    Api.Reply proposed =
        Api.send(
            "POST",
            "/t/karawang/verivali",
            officer,
            "{\"householdId\": %d, \"type\": \"TAMBAH\", \"reason\": \"Janda, buruh tani %s\","
                    .formatted(household.json().getJsonNumber("id").longValue(), s)
                + " \"musdesDate\": \"2026-10-12\"}");
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("admin.karawang");
      browser.open("app/intake/verivali.xhtml");
      String card = "buruh tani " + s;
      browser.awaitText("proposals", card);
      // the card of this proposal: its note and its button
      // (the class exactly: the list around the cards is "slrt-cards" and holds every card)
      String cardXpath =
          "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
              + "[contains(.,'"
              + card
              + "')]";
      browser
          .visible(By.xpath(cardXpath + "//input[contains(@id,':note')]"))
          .sendKeys("Sesuai hasil musdes");
      browser.click(By.xpath(cardXpath + "//button[contains(@id,':verify')]"));
      browser.wait.until(d -> d.findElements(By.xpath(cardXpath)).isEmpty());

      browser.click(By.xpath("//*[@id='verivali:status']//label[contains(.,'Terverifikasi')]"));
      assertThat(browser.awaitText("proposals", card)).contains("Sesuai hasil musdes");

      String href = browser.byId("verivali:export").getAttribute("href");
      assertThat(href).contains("status=DIVERIFIKASI");
      Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
      HttpResponse<String> csv =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href))
                      .header("Cookie", "JSESSIONID=" + session.getValue())
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.body()).startsWith("\ufeff\"jenis_usulan\",\"no_kk\"");
      assertThat(csv.body()).contains("\"TAMBAH\",\"" + kk + "\"").contains("\"DIVERIFIKASI\"");
    }
  }
}
