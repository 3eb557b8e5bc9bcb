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

/** A facilitator finds a KPM of a group on a phone, sees its gaps and refers one in a tap. */
@ExtendWith(ArquillianExtension.class)
class KpmScreenBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aFacilitatorRefersAKpmsGapFromItsPage() {
    String code = "LIST-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    String number = kpm.get(1);

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("pendamping.karawang");
      browser.open("app/pkh/kpm.xhtml");
      browser.choose("kpm:group", code + " (3)");
      browser.awaitText("total", "3 KPM");
      browser.click(
          By.xpath(
              "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
                  + "[contains(., '"
                  + number
                  + "')]//a[contains(@id, ':open')]"));
      browser.awaitText("name", "Sri Wahyuni");
      assertThat(browser.awaitText("gaps", "Bantuan pangan")).contains("KIS/PBI · Budi Santoso");
      browser.assertAccessible("a KPM's page");
      browser.click(
          By.xpath(
              "//div[@id='gaps']//div[contains(., 'Bantuan pangan')]//button[contains(@id, ':refer')]"));
      assertThat(browser.awaitText("gaps", "Dirujuk, nomor")).contains("DIRUJUK");
    }
  }
}
