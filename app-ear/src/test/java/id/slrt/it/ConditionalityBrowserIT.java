package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A facilitator sees on a phone which KPM missed their commitment and gives the first warning. */
@ExtendWith(ArquillianExtension.class)
class ConditionalityBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aFacilitatorWarnsAFlaggedFamily() {
    String code = "HADIR-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    String facilitator = Api.token("pendamping.karawang");
    ConditionalityIT.sync(
        facilitator,
        ConditionalityIT.log(
            code, "KS", 1, ConditionalityIT.dayIn(2, 9), kpm, "HADIR", "TIDAK_HADIR", "HADIR"),
        ConditionalityIT.log(
            code, "KS", 2, ConditionalityIT.dayIn(1, 9), kpm, "HADIR", "TIDAK_HADIR", "IZIN"));
    String number = kpm.get(1);

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("pendamping.karawang");
      browser.open("app/pkh/conditionality.xhtml");
      WebElement period = browser.byId("conditionality:period");
      period.clear();
      period.sendKeys(ConditionalityIT.period(1));
      browser.choose("conditionality:group", code + " (3)");
      browser.click(By.id("conditionality:show"));
      assertThat(browser.awaitText("periodTitle", ConditionalityIT.period(1)))
          .contains(ConditionalityIT.period(1));
      assertThat(browser.byId("assessed").getText()).isEqualTo("3");
      assertThat(browser.byId("compliant").getText()).isEqualTo("2");
      assertThat(browser.byId("flagged").getText()).isEqualTo("1");
      By card =
          By.xpath(
              "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
                  + "[contains(., '"
                  + number
                  + "')]");
      assertThat(browser.visible(card).getText())
          .contains("Hadir 0, izin 0, tidak hadir 1", "Tidak memenuhi", "Ditandai");
      browser.assertAccessible("the P2K2 attendance per period");
      browser
          .visible(card)
          .findElement(By.cssSelector("input[id$=':note']"))
          .sendKeys("Dikunjungi, ibu bekerja di pasar");
      browser.click(
          By.xpath(
              "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
                  + "[contains(., '"
                  + number
                  + "')]//button[contains(@id, ':warn')]"));
      browser.wait.until(d -> d.findElement(card).getText().contains("Peringatan: pertama"));
      assertThat(browser.visible(card).getText()).contains("Beri peringatan kedua");
    }
    String warned =
        Api.send("GET", "/t/karawang/pkh/kpm/" + number, facilitator, null)
            .json()
            .getJsonArray("warnings")
            .getJsonObject(0)
            .getString("note");
    assertThat(warned).isEqualTo("Dikunjungi, ibu bekerja di pasar");
  }
}
