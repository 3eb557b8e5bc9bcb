package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
      // the sticker went up on the house today
      browser.click(By.id("kpm:stickerPlaced"));
      browser.awaitText("sticker", "Stiker terpasang sejak");
      // the group's stickers print from the list
      browser.open("app/pkh/stickers.pdf?group=" + code);
      assertThat(
              ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                  .executeScript("return document.contentType"))
          .isEqualTo("application/pdf");
    }
  }

  @Test
  void aFacilitatorEnrolsAFamilyWithItsMembersComponents() {
    String serial = Api.serial();
    Api.Reply family =
        Api.send(
            "POST",
            "/t/karawang/households",
            Api.token("puskesos.karawang"),
            Api.family("321501120315" + serial, "321501450785" + serial, "321501010110" + serial)
                .replace("Siti Juariah", "Sri Wahyuni"));
    assertThat(family.status()).as(family.body()).isEqualTo(201);
    String kk = family.json().getString("kk");
    String number =
        "3215" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    String group = "BARU-" + ThreadLocalRandom.current().nextInt(1_000_000);

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("pendamping.karawang");
      browser.open("app/pkh/kpm.xhtml");
      browser.click(By.id("kpm:startEnrol"));
      browser.byId("kpm:number").sendKeys(number);
      browser.byId("kpm:newGroup").sendKeys(group);
      browser.byId("kpm:kk").sendKeys(kk);
      browser.click(By.id("kpm:findFamily"));
      browser.visible(By.xpath("//label[contains(., 'Budi Santoso')]"));
      browser.assertAccessible("the KPM enrolment form");
      String menu =
          browser
              .visible(By.xpath("//label[contains(., 'Budi Santoso')]"))
              .getAttribute("for")
              .replaceAll("_(input|focus|label)$", "");
      browser.choose(menu, "Anak SMP/MTs");
      browser.click(By.id("kpm:enrolSave"));
      browser.wait.until(
          d ->
              d.findElement(By.tagName("body"))
                  .getText()
                  .contains("terdaftar sebagai KPM " + number));
    }
    JsonObject enrolled =
        Api.send("GET", "/t/karawang/pkh/kpm/" + number, Api.token("pendamping.karawang"), null)
            .json();
    assertThat(enrolled.getString("groupCode")).isEqualTo(group);
    assertThat(enrolled.getJsonArray("components").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("personName") + ":" + c.getString("component"))
        .containsExactly("Budi Santoso:ANAK_SMP");
  }
}
