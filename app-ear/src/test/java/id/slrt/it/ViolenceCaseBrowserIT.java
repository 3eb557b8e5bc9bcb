package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * On a phone: a KLIK cadre records a disclosure at the violence desk; a P2TP2A case manager finds
 * the hand-over on the home screen and in the intake list, takes it, records the SOP steps and a
 * consent, terminates it and reads the access log; then opens an anonymous case of her own.
 */
@ExtendWith(ArquillianExtension.class)
class ViolenceCaseBrowserIT {
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aManagerTakesAKlikHandOverAndHandlesItToTermination() {
    String cadre = Api.token("klik.karawang");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Api.Reply event =
        Api.send(
            "POST",
            "/t/karawang/klik-events",
            cadre,
            "{\"villageCode\": \"32.15.01.1001\", \"heldOn\": \"%s\", \"organizer\": \"PEKKA\"}"
                .formatted(today));
    assertThat(event.status()).as(event.body()).isEqualTo(201);
    String story = "Diusir suami dari rumah " + Api.serial();
    Api.Reply told =
        Api.send(
            "POST",
            "/t/karawang/klik-events/" + event.json().getJsonNumber("id") + "/consultations",
            cadre,
            "{\"desk\": \"PENGADUAN_KEKERASAN\", \"sex\": \"F\", \"topic\": \"%s\"}"
                .formatted(story));
    assertThat(told.status()).as(told.body()).isEqualTo(201);
    String ref = told.json().getString("handOverReference");

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("konselor.karawang");
      assertThat(Integer.parseInt(browser.byId("count-hand-overs").getText())).isPositive();
      browser.open("app/p2tp2a/cases.xhtml");
      // the hand-over arrives after the cadre's transaction; reload until it is there
      for (int i = 0; i < 50 && !browser.byId("cases:handOvers").getText().contains(ref); i++) {
        sleep();
        browser.open("app/p2tp2a/cases.xhtml");
      }
      assertThat(browser.byId("cases:handOvers").getText()).contains(ref).doesNotContain(story);
      browser.assertAccessible("the case manager's desk");
      browser.click(
          By.xpath("//tr[td[contains(., '" + ref + "')]]//button[contains(@id,':take')]"));
      browser.awaitText("reference", ref);
      assertThat(browser.byId("narrative").getText()).isEqualTo(story);
      assertThat(browser.byId("status").getText()).isEqualTo("Baru");
      browser.assertAccessible("a violence case");

      step(browser, "Asesmen", today);
      browser.awaitText("status", "Ditangani");
      assertThat(browser.byId("steps:done").getText()).contains("Asesmen");

      browser.choose("consents:givenBy", "Korban");
      browser.byId("consents:givenOn_input").sendKeys(today.format(SHOWN));
      browser.byId("consents:expiresOn_input").sendKeys(today.plusMonths(6).format(SHOWN));
      browser.click(By.id("consents:recordConsent"));
      assertThat(browser.awaitText("consents:given", "Berlaku")).contains("Perlindungan sosial");

      step(browser, "Terminasi kasus", today);
      browser.awaitText("status", "Diterminasi");
      assertThat(browser.awaitText("log", "Mencatat langkah")).contains("Membuka kasus");
      browser.assertAccessible("a terminated case with its consent and access log");

      // a case of her own, anonymous: refused without a form of violence, then saved
      browser.open("app/p2tp2a/open.xhtml");
      browser.tick("open:anonymous");
      browser.visible(By.id("open:alias")).sendKeys("Mawar");
      browser.click(By.id("open:save"));
      browser.awaitText("open:messages", "bentuk kekerasan");
      browser.assertAccessible("the new case form with a refusal");
      browser.click(By.cssSelector("label[for='open:types:1']"));
      browser.click(By.id("open:save"));
      browser.awaitText("victim", "Mawar");
      assertThat(browser.byId("status").getText()).isEqualTo("Baru");
    }

    // the district admin breaks the glass with a reason; the managers see it at once
    String reason = "Polisi meminta kronologi untuk perlindungan darurat korban malam ini";
    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("admin.karawang");
      browser.open("app/p2tp2a/emergency.xhtml");
      browser.byId("emergency:reference").sendKeys(ref);
      browser.byId("emergency:reason").sendKeys("perlu");
      browser.click(By.id("emergency:read"));
      browser.awaitText("emergency:messages", "alasan");
      browser.assertAccessible("the emergency access form with a refusal");
      browser.byId("emergency:reason").clear();
      browser.byId("emergency:reason").sendKeys(reason);
      browser.click(By.id("emergency:read"));
      browser.awaitText("narrative", story);
      browser.assertAccessible("a case read in an emergency");
    }
    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("konselor.karawang");
      assertThat(Integer.parseInt(browser.byId("count-emergency-reads").getText())).isPositive();
      browser.open("app/p2tp2a/case.xhtml?id=" + ref);
      assertThat(browser.byId("emergencyReads").getText())
          .contains(reason)
          .contains("admin.karawang");
    }

    // the cadre's own screens know nothing of it
    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("klik.karawang");
      browser.open("app/p2tp2a/case.xhtml?id=" + ref);
      assertThat(browser.driver.getPageSource()).doesNotContain(story);
    }
  }

  @Test
  void underHerConsentAManagerGivesASafeContactReadsTheFamilysStatusAndRefersHer() {
    String officer = Api.token("puskesos.karawang");
    JsonObject family = Api.registerFamily(officer).json();
    String nik = Api.member(family, "Siti Juariah").getString("nik");
    Api.send(
        "POST",
        "/t/karawang/households/" + family.getJsonNumber("id") + "/welfare-status",
        officer,
        "{\"register\": \"DTSEN\", \"registered\": true, \"desil\": 1,"
            + " \"source\": \"SIKS-NG\", \"asOf\": \"2026-06-01\"}");
    String counsellor = Api.token("konselor.karawang");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Api.Reply opened =
        Api.send(
            "POST",
            "/t/karawang/violence-cases",
            counsellor,
            ("{\"victim\": {\"nik\": \"%s\"}, \"violenceTypes\": [\"PSIKIS\"],"
                    + " \"perpetratorRelation\": \"SUAMI_ISTRI\", \"perpetratorInSameKk\": true,"
                    + " \"consentSocialProtection\": true}")
                .formatted(nik));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String ref = opened.json().getString("id");
    JsonObject kis = Api.send("GET", "/t/karawang/services/KIS", counsellor, null).json();
    String service = kis.getString("name") + " (" + kis.getString("providerName") + ")";

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("konselor.karawang");
      browser.open("app/p2tp2a/case.xhtml?id=" + ref);
      assertThat(browser.byId("householdWarning").getText()).contains("kontak aman");
      browser.click(By.id("protection:showWelfare"));
      assertThat(browser.awaitText("protection:registers", "DTSEN")).contains("desil 1");
      // refused without a safe contact: the husband lives in her family card
      browser.choose("protection:service", service);
      browser.choose("protection:referStep", "Reintegrasi sosial");
      browser.click(By.id("protection:refer"));
      browser.awaitText("protection:protectionMessages", "kontak aman");
      browser.assertAccessible("a referral refused for want of a safe contact");
      browser.byId("contact:safeContact").sendKeys("Kakak korban, Jl. Melati 5");
      browser.click(By.id("contact:saveContact"));
      browser.awaitText("householdWarning", "Kakak korban");
      browser.choose("protection:service", service);
      browser.choose("protection:referStep", "Reintegrasi sosial");
      browser.click(By.id("protection:refer"));
      assertThat(browser.awaitText("steps:done", "Dirujuk")).contains("Reintegrasi sosial");
      assertThat(browser.driver.findElements(By.cssSelector("a[id$=':letter']")))
          .singleElement()
          .satisfies(a -> assertThat(a.getText()).contains("Cetak surat"));
      assertThat(browser.awaitText("log", "Merujuk korban"))
          .contains("Melihat status kesejahteraan keluarga");
      browser.assertAccessible("a case with its social-protection referral");
    }
    // her Puskesos reads a referral from the district, like the district office's own
    long referralId =
        Api.send("GET", "/t/karawang/violence-cases/" + ref, counsellor, null)
            .json()
            .getJsonArray("steps")
            .getJsonObject(0)
            .getJsonNumber("referralId")
            .longValue();
    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("puskesos.karawang");
      browser.open("app/referral/referral.xhtml?id=" + referralId);
      assertThat(browser.byId("history").getText())
          .contains("Kabupaten (sekretariat SLRT)")
          .doesNotContain("konselor");
      assertThat(browser.driver.getPageSource()).doesNotContain(ref);
    }
  }

  @Test
  void theDistrictAdminAddsAStepToTheSop() {
    String admin = Api.token("admin.karawang");
    String sop = "/t/karawang/p2tp2a/sop-steps";
    String original = Api.send("GET", sop, admin, null).body();
    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("admin.karawang");
      browser.open("app/p2tp2a/sop.xhtml");
      int rows = browser.driver.findElements(By.cssSelector("[id$=':name']")).size();
      assertThat(rows).isGreaterThan(3);
      browser.click(By.id("sop:add"));
      browser.visible(By.id("sop:steps:" + rows + ":code")).sendKeys("KONSELING_KELUARGA");
      browser.click(By.id("sop:save"));
      browser.awaitText("sop:messages", "Langkah " + (rows + 1));
      browser.assertAccessible("the SOP with a refused step");
      browser.byId("sop:steps:" + rows + ":name").sendKeys("Konseling keluarga");
      browser.click(By.id("sop:save"));
      browser.awaitText("sop:messages", "SOP disimpan");
      browser.assertAccessible("the district's SOP");
      assertThat(Api.send("GET", sop, admin, null).body()).contains("KONSELING_KELUARGA");
    } finally {
      Api.send("PUT", sop, admin, "{\"steps\": " + original + "}");
    }
  }

  private static void step(Browser browser, String name, LocalDate day) {
    browser.choose("steps:step", name);
    browser.byId("steps:doneOn_input").sendKeys(day.format(SHOWN));
    browser.click(By.id("steps:recordStep"));
    browser.awaitText("steps:done", name);
  }

  private static void sleep() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
