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

/** A facilitator records a case on a phone, a home visit on it, and refers it in one step. */
@ExtendWith(ArquillianExtension.class)
class CaseNotesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aFacilitatorRecordsACaseAVisitAndAReferral() {
    List<String> kpm = P2k2SyncIT.group("KB-" + ThreadLocalRandom.current().nextInt(1_000_000));
    String number = kpm.get(2);
    String subject = "Anak tidak sekolah lagi " + ThreadLocalRandom.current().nextInt(100_000);

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("pendamping.karawang");
      browser.open("app/pkh/cases.xhtml");
      browser.choose("open:kpm", "Sri Wahyuni · " + number);
      browser.awaitOption("open:person", "Budi Santoso");
      browser.choose("open:person", "Budi Santoso");
      browser.byId("open:subject").sendKeys(subject);
      browser.byId("open:people").sendKeys("Bu Rina - wali kelas");
      browser.click(By.id("open:save"));
      By card =
          By.xpath(
              "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
                  + "[contains(., '"
                  + subject
                  + "')]");
      assertThat(browser.visible(card).getText()).contains("Budi Santoso", "Bu Rina (wali kelas)");
      browser.assertAccessible("the KPM cases");

      WebElement note = browser.visible(card).findElement(By.cssSelector("input[id$=':note']"));
      note.sendKeys("Ibu bercerita anak malu belum bayar seragam");
      browser.click(By.xpath(cardXpath(subject) + "//button[contains(@id, ':act')]"));
      browser.wait.until(
          d -> d.findElement(card).getText().contains("Kunjungan rumah: Ibu bercerita"));

      String id =
          browser.visible(card).findElement(By.cssSelector("[id$=':service']")).getAttribute("id");
      browser.choose(
          id, "Pendampingan anak kembali ke madrasah (Kantor Kementerian Agama (madrasah, KUA))");
      browser.click(By.xpath(cardXpath(subject) + "//button[contains(@id, ':refer')]"));
      browser.wait.until(d -> d.findElement(card).getText().contains("Dirujuk, nomor"));
    }
  }

  private static String cardXpath(String subject) {
    return "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
        + "[contains(., '"
        + subject
        + "')]";
  }
}
