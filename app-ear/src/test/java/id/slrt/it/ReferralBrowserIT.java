package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A referral followed in the screens on phone-sized windows: the Puskesos officer refers a mother
 * from her family's page, answering her recorded need, and sees what she may not meet and what to
 * bring; Dinas Kesehatan finds it in its inbox, accepts, processes and completes it; the district
 * admin finds it completed and the need closed with it.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aNeedIsReferredFromTheFamilyPageAndTheAgencyHandlesItToItsOutcome() throws Exception {
    String officer = Api.token("puskesos.karawang");
    JsonObject family = Api.registerFamily(officer).json();
    long householdId = family.getJsonNumber("id").longValue();
    String nik = Api.member(family, "Siti Juariah").getString("nik");
    Api.Reply need =
        Api.send(
            "POST",
            "/t/karawang/needs",
            officer,
            "{\"nik\": \"%s\", \"category\": \"KESEHATAN\", \"description\": \"Belum punya KIS\"}"
                .formatted(nik));
    assertThat(need.status()).as(need.body()).isEqualTo(201);
    long needId = need.json().getJsonNumber("id").longValue();

    long referralId;
    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("puskesos.karawang");
      browser.open("app/intake/household.xhtml?id=" + householdId);
      browser.click(By.xpath("//table[@id='needList']//a[contains(@id,'referNeed')]"));

      // choosing the service shows its agency, what she may not meet and what to bring
      browser.visible(By.id("refer:service"));
      browser.assertAccessible("the referral form");
      browser.choose("refer:service", "Aktivasi KIS / PBI JKN — Dinas Kesehatan");
      assertThat(browser.awaitText("refer:warnings", "desil")).contains("1 sampai 5");
      assertThat(browser.byId("personName").getText()).isEqualTo("Siti Juariah");
      assertThat(browser.byId("documents").getText()).contains("Kartu Keluarga");
      assertThat(browser.byId("sla").getText()).contains("Dinas Kesehatan");
      browser.assertAccessible("the referral form with a service chosen");
      browser.byId("refer:reason").sendKeys("Sedang hamil, belum punya KIS");
      browser.tick("refer:fastTrack");
      // referred on paper two days ago, recorded now: due from that day
      java.time.LocalDate paperDay =
          java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(2);
      browser
          .byId("refer:referredOn_input")
          .sendKeys(paperDay.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
      browser.click(By.id("refer:save"));

      // the referral's page: referred, fast-tracked, its first history line
      assertThat(browser.awaitText("status", "Dirujuk")).contains("Jalur cepat");
      assertThat(browser.byId("referredOn").getText()).contains("rujukan kertas");
      assertThat(browser.byId("history").getText()).contains("Sedang hamil, belum punya KIS");
      browser.assertAccessible("a referral");
      String url = browser.driver.getCurrentUrl();
      referralId = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
    JsonObject made = Api.send("GET", "/t/karawang/referrals/" + referralId, officer, null).json();
    assertThat(made.getJsonNumber("needId").longValue()).isEqualTo(needId);
    assertThat(made.getString("referredOn"))
        .isEqualTo(
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(2).toString());

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("dinkes.karawang");
      browser.open("app/referral/inbox.xhtml");
      browser.awaitText("referralCards", "Siti Juariah");
      browser.assertAccessible("the agency inbox");
      String tail = "id=" + referralId;
      browser.click(
          By.xpath(
              "//a[contains(@class,'referral-card')][substring(@href, string-length(@href) - "
                  + (tail.length() - 1)
                  + ") = '"
                  + tail
                  + "']"));
      // the agency sees who, where, and what to bring; never the need behind it
      browser.awaitText("personName", "Siti Juariah");
      assertThat(browser.driver.getPageSource()).doesNotContain("Belum punya KIS");
      browser.click(By.cssSelector("button.move-DITERIMA"));
      browser.awaitText("status", "Diterima");
      browser.click(By.cssSelector("button.move-DIPROSES"));
      browser.awaitText("status", "Diproses");
      // completing without an outcome is refused beside the field; then with it
      browser.click(By.cssSelector("button.move-SELESAI"));
      browser.awaitText("moves", "Pilih hasilnya");
      browser.choose("moves:outcome", "Sudah dilayani");
      browser.byId("moves:note").sendKeys("Kartu KIS sudah aktif");
      browser.click(By.cssSelector("button.move-SELESAI"));
      browser.awaitText("status", "Selesai");
      assertThat(browser.byId("outcome").getText()).isEqualTo("Sudah dilayani");
      assertThat(browser.byId("history").getText()).contains("Kartu KIS sudah aktif");
      // the agency is not the one to propose the family for verivali
      assertThat(browser.driver.findElements(By.id("verivali:propose"))).isEmpty();
    }

    // KIS changes the family's welfare situation: the officer proposes a DTSEN correction at once
    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("puskesos.karawang");
      browser.open("app/referral/referral.xhtml?id=" + referralId);
      browser.click(By.id("verivali:propose"));
      assertThat(browser.awaitText("messages", "Usulan verivali")).contains("menunggu");
      browser.assertAccessible("a served referral with its verivali proposal");
    }
    Api.Reply proposals =
        Api.send("GET", "/t/karawang/verivali?type=PERBAIKAN&size=100", officer, null);
    assertThat(proposals.body())
        .contains("Menerima layanan Aktivasi KIS / PBI JKN melalui rujukan #" + referralId);

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("admin.karawang");
      browser.open("app/referral/referrals.xhtml");
      browser.byId("list:nik").sendKeys(nik + "\t");
      assertThat(browser.awaitText("referralCards", "Siti Juariah")).contains("Selesai");
      browser.assertAccessible("the referral list");
    }
    // the need was closed by the referral's outcome, after the agency's commit
    String status = null;
    for (int i = 0; i < 50 && !"SELESAI".equals(status); i++) {
      status =
          Api.send("GET", "/t/karawang/needs/" + needId, officer, null).json().getString("status");
      Thread.sleep(200);
    }
    assertThat(status).isEqualTo("SELESAI");
  }
}
