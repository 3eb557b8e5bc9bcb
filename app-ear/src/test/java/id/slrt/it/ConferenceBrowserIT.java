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
 * On a phone: the Puskesos officer opens a case conference from a stuck referral, records the
 * agencies present, the decision and a follow-up for the Dinas Kesehatan desk; the desk finds it on
 * its home screen and in its list, and marks it done.
 */
@ExtendWith(ArquillianExtension.class)
class ConferenceBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aConferenceIsRecordedFromAReferralAndItsFollowUpIsDoneByItsOwner() {
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
    String action = "Aktifkan PBI keluarga " + Api.serial();
    String today =
        LocalDate.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("puskesos.karawang");
      browser.open("app/referral/referral.xhtml?id=" + id);
      browser.click(By.id("discuss"));
      browser.visible(By.id("record:heldOn_input"));
      assertThat(
              browser
                  .driver
                  .findElement(By.cssSelector("#record\\:referrals input[value='" + id + "']"))
                  .isSelected())
          .as("the referral the page was opened from is ticked")
          .isTrue();
      browser.assertAccessible("the case conference form");
      browser.byId("record:heldOn_input").sendKeys(today);
      browser.byId("record:place").sendKeys("Aula Desa");
      browser.byId("record:topic").sendKeys("Rujukan KIS terlambat");
      browser.click(By.cssSelector("#record\\:agencies input[value='DINKES']"));
      browser.byId("record:decisions").sendKeys("Dinkes mengaktifkan PBI minggu ini");
      browser.byId("record:rows:0:action").sendKeys(action);
      browser.choose("record:rows:0:owner", "Dinas Kesehatan Kabupaten Karawang (dinkes.karawang)");
      browser.byId("record:rows:0:due_input").sendKeys(today);
      browser.click(By.id("record:save"));
      browser.awaitText("list:conferences", "Rujukan KIS terlambat");
      assertThat(browser.byId("list:conferences").getText())
          .contains("Dinas Kesehatan")
          .contains(action);
      browser.assertAccessible("the case conferences with one recorded");

      // the referral's page names the conference that discussed it
      browser.open("app/referral/referral.xhtml?id=" + id);
      assertThat(browser.byId("conferences").getText())
          .contains("Rujukan KIS terlambat")
          .contains("Dinkes mengaktifkan PBI minggu ini");
    }

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("dinkes.karawang");
      assertThat(Integer.parseInt(browser.byId("count-follow-ups").getText())).isPositive();
      browser.open("app/referral/follow-ups.xhtml");
      browser.awaitText("followUps:list", action);
      browser.assertAccessible("the agency desk's follow-ups");
      String row = "//tr[td[contains(., '" + action + "')]]";
      browser
          .driver
          .findElement(By.xpath(row + "//input[contains(@id,':note')]"))
          .sendKeys("PBI sudah aktif");
      browser.click(By.xpath(row + "//button[contains(@id,':done')]"));
      browser.awaitText("followUps:messages", "selesai");
      assertThat(browser.byId("followUps:list").getText()).doesNotContain(action);
      browser.click(By.id("followUps:toggle"));
      assertThat(browser.awaitText("followUps:list", action)).contains("PBI sudah aktif");
    }
  }
}
