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

/** A PKH coordinator approves a facilitator's graduation proposal on a phone. */
@ExtendWith(ArquillianExtension.class)
class GraduationBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aCoordinatorApprovesAGraduation() {
    String code = "GRAD-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    String number = kpm.get(1);
    Api.Reply proposed =
        Api.send(
            "POST",
            "/t/karawang/pkh/graduations",
            Api.token("pendamping.karawang"),
            ("{\"participantNumber\": \"%s\", \"type\": \"SEJAHTERA_MANDIRI\","
                    + " \"statementLetter\": true, \"statementDate\": \"2026-11-20\","
                    + " \"business\": \"Keripik singkong, dua karyawan\"}")
                .formatted(number));
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("korkab.karawang");
      browser.open("app/pkh/graduations.xhtml");
      By card =
          By.xpath(
              "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
                  + "[contains(., '"
                  + number
                  + "')]");
      WebElement proposal = browser.visible(card);
      assertThat(proposal.getText())
          .contains("Graduasi sejahtera mandiri", "Keripik singkong", "pendamping.karawang");
      browser.assertAccessible("the graduation proposals");
      proposal.findElement(By.cssSelector("input[id$=':note']")).sendKeys("Usaha sudah mandiri");
      browser.click(
          By.xpath(
              "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
                  + "[contains(., '"
                  + number
                  + "')]//button[contains(@id, ':approve')]"));
      // it leaves the proposals waiting
      browser.wait.until(d -> d.findElements(card).isEmpty());
      // the families that could take its place are offered at once
      assertThat(browser.visible(By.id("graduations:replacements")).getText())
          .contains("Calon pengganti untuk " + number);
      // checked once the approval's notice has gone: axe reads it mid-fade as too pale
      browser.wait.until(d -> d.findElements(By.cssSelector(".ui-growl-item")).isEmpty());
      browser.assertAccessible("the replacement candidates");
      browser.click(By.id("graduations:hideReplacements"));

      // among the approved ones, the family now able is proposed to verivali, once
      browser.click(By.cssSelector("label[for='graduations:status:1']"));
      WebElement approved = browser.visible(card);
      approved.findElement(By.cssSelector("button[id$=':proposeVerivali']")).click();
      browser.wait.until(d -> d.findElement(card).getText().contains("Usulan verivali"));
      assertThat(
              browser.visible(card).findElements(By.cssSelector("button[id$=':proposeVerivali']")))
          .isEmpty();
    }
    assertThat(
            Api.send("GET", "/t/karawang/pkh/kpm/" + number, Api.token("korkab.karawang"), null)
                .json()
                .getString("graduationType"))
        .isEqualTo("SEJAHTERA_MANDIRI");
  }
}
