package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A KLIK cadre on a phone (390 x 844): opens a KLIK in a village, records two visitors at the
 * social protection desk, one found by NIK, and reads the summary.
 */
@ExtendWith(ArquillianExtension.class)
class KlikDeskBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void cadreRecordsConsultationsOnAPhoneAndSeesTheSummary() {
    String s = Api.serial();
    String mother = "321501450785" + s;
    Api.send(
        "POST",
        "/t/karawang/households",
        Api.token("puskesos.karawang"),
        Api.family("321501120315" + s, mother, "321501010110" + s));

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("klik.karawang");
      browser.byId("menu").findElement(By.id("menu:menu-klik")).click();
      browser.wait.until(ExpectedConditions.urlContains("klik/events.xhtml"));
      browser.choose("newEvent:district", "Karawang Barat");
      browser.awaitOption("newEvent:village", "Karawang Kulon");
      browser.choose("newEvent:village", "Karawang Kulon");
      browser.byId("newEvent:organizer").clear();
      browser.byId("newEvent:organizer").sendKeys("Serikat PEKKA Karawang");
      browser.byId("newEvent:create").click();

      browser.wait.until(ExpectedConditions.urlContains("klik/desk.xhtml?event="));
      assertThat(browser.byId("eventInfo").getText())
          .contains("Karawang Kulon")
          .contains("Serikat PEKKA Karawang");
      assertThat(browser.byId("desk:deskChoice_label").getText()).isEqualTo("Perlindungan sosial");

      // the first visitor gives her NIK: the screen finds her and takes her sex from it
      browser.byId("desk:nik").sendKeys(mother);
      browser.click(By.id("desk:topic"));
      browser.awaitText("desk:personInfo", "Siti Juariah");
      browser.byId("desk:topic").sendKeys("KIS tidak aktif");
      browser.tick("desk:followUp");
      browser.byId("desk:save").click();
      assertThat(browser.awaitText("queueNumber", "001")).isEqualTo("001");

      // a NIK typed, then "Laki-laki" tapped while the NIK field still has the focus: the tap
      // wins, and that the NIK is a woman's is said, not applied
      browser.byId("desk:nik").sendKeys(mother);
      browser.click(By.cssSelector("label[for='desk:sex:1']"));
      assertThat(browser.awaitText("desk:personInfo", "milik perempuan")).contains("Siti Juariah");
      assertThat(browser.byId("desk:sex:1").isSelected()).isTrue();
      browser.byId("desk:nik").clear();

      // the second has no NIK with him
      browser.click(By.cssSelector("label[for='desk:sex:1']"));
      browser.byId("desk:topic").sendKeys("Bantuan pangan");
      browser.byId("desk:save").click();
      assertThat(browser.awaitText("queueNumber", "002")).isEqualTo("002");

      assertThat(browser.awaitText("totalConsultations", "2")).isEqualTo("2");
      assertThat(browser.byId("openFollowUps").getText()).isEqualTo("1");
      assertThat(browser.byId("recent").getText())
          .contains("KIS tidak aktif")
          .contains("Bantuan pangan");
      assertThat(browser.driver.findElement(By.cssSelector("#chart canvas")).isDisplayed())
          .isTrue();

      // after the event: her follow-up, with the way to her family's page, then marked done
      assertThat(browser.awaitText("followUpList", "Siti Juariah"))
          .contains("KIS tidak aktif")
          .doesNotContain("Bantuan pangan");
      assertThat(
              browser
                  .visible(By.cssSelector("#followUpList a.slrt-household-link"))
                  .getAttribute("href"))
          .contains("/app/intake/household.xhtml?id=");
      browser.click(By.cssSelector("#followUpList button.slrt-mark"));
      browser.awaitText("followUpList", "Sudah ditindaklanjuti");
      assertThat(browser.awaitText("openFollowUps", "0")).isEqualTo("0");

      // a registered visitor's need in one step: from her visit to her family's need form, ready
      // for her and the KLIK
      browser.choose("desk:deskChoice", "Pendaftaran");
      browser.visible(By.id("desk:nik")).sendKeys(mother);
      browser.click(By.id("desk:save"));
      browser.click(By.id("desk:visitFamily"));
      browser.wait.until(ExpectedConditions.urlContains("household.xhtml"));
      assertThat(browser.visible(By.id("need:person_label")).getText()).isEqualTo("Siti Juariah");
      assertThat(browser.byId("need:channel_label").getText()).isEqualTo("KLIK");
      browser.choose("need:category", "Kesehatan");
      browser.byId("need:description").sendKeys("Kartu KIS hilang");
      browser.click(By.id("need:save"));
      assertThat(browser.awaitText("needList", "Kartu KIS hilang")).contains("Siti Juariah");
    }
  }

  @Test
  void cadreRunsAKlikDayVisitorByVisitorOnAPhone() {
    String cadre = Api.token("klik.karawang");
    Api.Reply created =
        Api.send(
            "POST",
            "/t/karawang/klik-events",
            cadre,
            "{\"villageCode\": \"32.15.01.1001\", \"heldOn\": \"2026-11-25\","
                + " \"organizer\": \"Serikat PEKKA Karawang\", \"organizerType\": \"SERIKAT_PEKKA\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long eventId = created.json().getJsonNumber("id").longValue();

    try (Browser browser = new Browser(390, 844)) {
      browser.signIn("klik.karawang");
      browser.open("app/klik/desk.xhtml?event=" + eventId);

      // the registration desk: two visitors, without papers, each given a number
      browser.choose("desk:deskChoice", "Pendaftaran");
      // saved too soon: what is missing is said beside its field, which is brought into view
      browser.click(By.id("desk:save"));
      WebElement sexError =
          browser.visible(
              By.xpath(
                  "//div[contains(@class,'slrt-field')][.//*[@id='desk:sex']]"
                      + "//*[contains(@class,'ui-message-error')]"));
      assertThat(sexError.getText()).contains("Pilih jenis kelamin");
      assertThat(browser.byId("desk:messages").getText()).contains("Jenis kelamin: Pilih");
      browser.visible(By.id("desk:visitorName")).sendKeys("Ibu Yati");
      browser.click(By.cssSelector("label[for='desk:sex:0']"));
      browser.click(By.cssSelector("label[for='desk:ageBand:1']"));
      browser.byId("desk:dusun").sendKeys("Krajan");
      browser.byId("desk:save").click();
      assertThat(browser.awaitText("queueNumber", "001")).isEqualTo("001");
      // the next visitor's button is under the cadre's thumb without scrolling for it
      assertThat(browser.onScreen("desk:save")).as("Save button on screen").isTrue();
      browser.visible(By.id("desk:visitorName")).sendKeys("Pak Odih");
      browser.click(By.cssSelector("label[for='desk:sex:1']"));
      browser.click(By.cssSelector("label[for='desk:ageBand:2']"));
      browser.byId("desk:save").click();
      assertThat(browser.awaitText("queueNumber", "002")).isEqualTo("002");
      assertThat(browser.onScreen("desk:save")).as("Save button on screen").isTrue();
      // a visitor not registered yet is one step from their family's registration
      String register = browser.visible(By.id("desk:visitRegister")).getAttribute("href");
      assertThat(register).contains("register.xhtml").contains("visit=");

      // the identity desk serves Ibu Yati's birth certificate on the spot
      browser.choose("desk:deskChoice", "Identitas hukum");
      browser.awaitOption("desk:visit", "001 · Ibu Yati");
      browser.choose("desk:visit", "001 · Ibu Yati");
      browser.click(By.cssSelector("label[for='desk:documents:0']"));
      browser.click(By.cssSelector("label[for='desk:result:0']"));
      browser.byId("desk:save").click();
      assertThat(browser.awaitText("queueNumber", "001")).isEqualTo("001");

      // the social protection desk sees Pak Odih
      browser.choose("desk:deskChoice", "Perlindungan sosial");
      browser.awaitOption("desk:visit", "002 · Pak Odih");
      browser.choose("desk:visit", "002 · Pak Odih");
      browser.byId("desk:topic").sendKeys("Bantuan lansia");
      browser.byId("desk:save").click();
      assertThat(browser.awaitText("queueNumber", "002")).isEqualTo("002");

      // two visitors, two consultations: the registration desk is not one
      assertThat(browser.awaitText("totalVisitors", "2")).isEqualTo("2");
      assertThat(browser.byId("totalConsultations").getText()).isEqualTo("2");
      browser.assertAccessible("KLIK desk during a KLIK day");

      // the registration form starts from what the visitor told the registration desk
      browser.driver.get(register);
      assertThat(browser.visible(By.cssSelector("input[id$=':name']")).getAttribute("value"))
          .isEqualTo("Pak Odih");
      assertThat(browser.byId("register:dusun").getAttribute("value")).isEmpty();
    }
  }
}
