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

/**
 * A facilitator fills in the socio-economic questionnaire with a family on a phone-sized window and
 * sees the family ranked among their KPM; an unanswered question is named, nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class RankingBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aFacilitatorAnswersTheQuestionnaireWithAFamilyAndSeesItRanked() {
    List<String> kpm = P2k2SyncIT.group("RANKB-" + ThreadLocalRandom.current().nextInt(1_000_000));
    String number = kpm.get(0);
    By card =
        By.xpath(
            "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
                + "[.//span[contains(., '"
                + number
                + "')]]");
    try (Browser browser = new Browser(412, 915)) {
      browser.signIn("pendamping.karawang");
      browser.open("app/pkh/ranking.xhtml");
      assertThat(browser.driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Peringkat calon graduasi");
      assertThat(browser.visible(card).getText()).contains("Belum mengisi kuesioner");
      browser.assertAccessible("the graduation ranking");

      browser.visible(card).findElement(By.cssSelector("button[id$=':assess']")).click();
      browser.visible(By.id("ranking:saveAssessment"));
      int questions =
          browser.driver.findElements(By.cssSelector("[id$=':answer'].ui-selectoneradio")).size();
      assertThat(questions).isGreaterThanOrEqualTo(2);
      browser.assertAccessible("the socio-economic questionnaire");

      // the last question left unanswered: named, nothing saved
      for (int i = 0; i < questions - 1; i++) {
        browser.click(By.cssSelector("label[for='ranking:questions:" + i + ":answer:1']"));
      }
      browser.click(By.id("ranking:saveAssessment"));
      assertThat(browser.awaitText("ranking:messages", "Pertanyaan " + questions))
          .contains("Pertanyaan " + questions);

      browser.click(
          By.cssSelector("label[for='ranking:questions:" + (questions - 1) + ":answer:1']"));
      browser.click(By.id("ranking:saveAssessment"));
      browser.awaitText("ranking:messages", "tersimpan");
      String shown = browser.visible(card).getText();
      assertThat(shown).contains("Nilai").contains("Sri Wahyuni").doesNotContain("Belum mengisi");
      assertThat(shown).matches("(?s)#[0-9]+ · .*");
    }
  }
}
