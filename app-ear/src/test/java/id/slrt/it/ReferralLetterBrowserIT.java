package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * On phone-sized screens: the district admin names the head of the division as signatory and asks
 * for a decision before letters are printed; a Puskesos officer recommends a referral's letter, the
 * signatory approves it, the officer prints it, and the QR code's page says it is genuine.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralLetterBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aLetterIsRecommendedApprovedPrintedAndVerified() throws Exception {
    String admin = Api.token("admin.karawang");
    String officer = Api.token("puskesos.karawang");
    JsonObject family = Api.registerFamily(officer).json();
    String nik = Api.member(family, "Siti Juariah").getString("nik");
    Api.Reply referral =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            officer,
            "{\"nik\": \"%s\", \"serviceCode\": \"KIS\"}".formatted(nik));
    assertThat(referral.status()).as(referral.body()).isEqualTo(201);
    long id = referral.json().getJsonNumber("id").longValue();
    JsonObject settings = Api.send("GET", "/t/karawang/letter-settings", admin, null).json();
    try {
      try (Browser browser = new Browser(412, 915)) {
        browser.signIn("admin.karawang");
        browser.open("app/referral/letters.xhtml");
        browser.visible(By.id("signatory:unit"));
        browser.assertAccessible("the referral letter settings");
        browser.choose("signatory:unit", "Sekretariat SLRT Dinas Sosial");
        type(browser, "signatory:username", "admin.karawang");
        type(browser, "signatory:name", "Dra. Hj. Neneng Sumarni");
        type(browser, "signatory:title", "Kepala Bidang Perlindungan dan Jaminan Sosial");
        type(browser, "signatory:nip", "12345");
        browser.click(By.id("signatory:saveSignatory"));
        // a NIP of five digits is refused, and the form keeps what was typed
        assertThat(browser.awaitText("signatory:messages", "NIP")).contains("18 angka");
        assertThat(browser.byId("signatory:name").getAttribute("value"))
            .isEqualTo("Dra. Hj. Neneng Sumarni");
        type(browser, "signatory:nip", "196805121993032004");
        browser.click(By.id("signatory:saveSignatory"));
        browser.awaitText("signatories:list", "Dra. Hj. Neneng Sumarni");

        browser.tick("settings:approvalRequired");
        browser.click(By.id("settings:save"));
        browser.awaitText("settings:messages", "disimpan");
        browser.assertAccessible("the referral letter settings, saved");
      }

      try (Browser browser = new Browser(390, 844)) {
        browser.signIn("puskesos.karawang");
        browser.open("app/referral/referral.xhtml?id=" + id);
        browser.awaitText("letter:letterState", "belum dicetak");
        assertThat(browser.driver.findElements(By.id("letter:print"))).isEmpty();
        browser.byId("letter:letterNote").sendKeys("Dokumen lengkap");
        browser.click(By.id("letter:recommend"));
        browser.awaitText("letter:letterState", "menunggu keputusan");
        browser.assertAccessible("a referral whose letter waits for the decision");
      }

      String printUrl;
      try (Browser browser = new Browser(390, 844)) {
        browser.signIn("admin.karawang");
        browser.open("app/referral/referral.xhtml?id=" + id);
        assertThat(browser.byId("letter:recommendation").getText()).contains("Dokumen lengkap");
        browser.click(By.id("letter:approve"));
        String state = browser.awaitText("letter:letterState", "terbit");
        assertThat(state).contains("/RUJ-SLRT/").contains("Dra. Hj. Neneng Sumarni");
        printUrl = browser.byId("letter:print").getAttribute("href");
        HttpResponse<byte[]> pdf = fetchWithSession(browser, printUrl);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
            .isEqualTo("%PDF-");
      }

      // the QR code's page, open to anyone: genuine, with its number and the referral's status
      JsonObject letter =
          Api.send("GET", "/t/karawang/referrals/" + id + "/letter", officer, null).json();
      try (Browser browser = new Browser(390, 844)) {
        browser.open("cek-surat.xhtml?d=karawang&k=" + letter.getString("verifyKey"));
        assertThat(browser.byId("number").getText()).isEqualTo(letter.getString("number"));
        assertThat(browser.byId("status").getText()).isEqualTo("Dirujuk");
        browser.assertAccessible("the verification page of a genuine letter");
        browser.open("cek-surat.xhtml?d=karawang&k=" + "a".repeat(26));
        browser.visible(By.id("notGenuine"));
        browser.assertAccessible("the verification page of an unknown letter");
      }
    } finally {
      Api.send(
          "PUT",
          "/t/karawang/letter-settings",
          admin,
          "{\"authority\": \"%s\", \"office\": \"%s\", \"place\": \"%s\", \"numberPattern\": \"%s\","
                  .formatted(
                      settings.getString("authority"),
                      settings.getString("office"),
                      settings.getString("place"),
                      settings.getString("numberPattern"))
              + " \"approvalRequired\": false}");
    }
  }

  private static void type(Browser browser, String id, String text) {
    browser.byId(id).clear();
    browser.byId(id).sendKeys(text);
  }

  /** A page of the signed-in session, fetched as the browser would (for a PDF it would save). */
  static HttpResponse<byte[]> fetchWithSession(Browser browser, String url) throws Exception {
    Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
