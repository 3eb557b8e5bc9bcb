package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Puskesos officer in a real (headless) Chromium: signs in, registers a household with the
 * screen, and finds it in the list.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterHouseholdBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void officerRegistersAHouseholdOnAPhoneSizedScreenAndFindsItInTheList() {
    try (Browser browser = new Browser(412, 915)) {
      browser.open("");
      assertThat(browser.byId("login:submit").getText()).isEqualTo("Masuk");
      browser.signIn("puskesos.karawang");
      assertThat(browser.byId("district").getText()).isEqualTo("Kabupaten Karawang");

      String s = Api.serial();
      String kk = "321501120315" + s;
      // someone of the same name and birth date is registered already, spelt the old way (a name
      // no other test uses, so that the warning lists this one among its first)
      String t = Api.serial();
      Api.send(
          "POST",
          "/t/karawang/households",
          Api.token("puskesos.karawang"),
          Api.family("321501120315" + t, "321501450785" + t, "321501010110" + t)
              .replace("Siti Juariah", "Sity Djuariah Wulandari"));
      browser.open("app/intake/register.xhtml");
      browser.byId("register:kk").sendKeys(kk);
      browser.choose("register:district", "Karawang Barat");
      // the desa list is re-rendered by the server once the kecamatan is chosen; PrimeFaces
      // builds the drop-down panel itself only when the menu is opened
      browser.awaitOption("register:village", "Karawang Kulon");
      browser.choose("register:village", "Karawang Kulon");
      browser.byId("register:rt").sendKeys("3");
      browser.tick("register:femaleHeaded");

      browser.driver.findElement(By.cssSelector("input[id$=':nik']")).sendKeys("321501450785" + s);
      browser.driver.findElement(By.cssSelector("input[id$=':name']")).click();
      // the live check reads sex and birth date from the NIK
      browser.wait.until(
          ExpectedConditions.textMatches(
              By.cssSelector("span[id$=':nikStatus']"), Pattern.compile("NIK cocok")));
      browser
          .driver
          .findElement(By.cssSelector("input[id$=':name']"))
          .sendKeys("Siti Juariah Wulandari");
      browser.driver.findElement(By.cssSelector("input[id$=':occupation']")).sendKeys("Buruh tani");
      String warning =
          browser.wait.until(
              d -> {
                String shown = d.findElement(By.cssSelector("span[id$=':duplicates']")).getText();
                return shown.isEmpty() ? null : shown;
              });
      assertThat(warning).contains("Mungkin sudah terdaftar").contains("321501450785" + t);
      browser.byId("register:save").click();

      // the officer lands on the family's page; the list finds it too
      browser.wait.until(ExpectedConditions.urlContains("household.xhtml?id="));
      assertThat(browser.byId("members").getText()).contains("Siti Juariah Wulandari");
      browser.open("app/intake/households.xhtml");
      browser.byId("households:q").sendKeys(kk);
      browser.byId("households:search").click();
      // the search re-renders the table: read it only once it shows the new family
      String table = browser.awaitText("households:table", kk);
      assertThat(table)
          .contains("Siti Juariah")
          .contains("Karawang Kulon")
          .contains("Perempuan kepala keluarga");
      // the household's page: record a need of the mother, who is pregnant
      browser.click(By.linkText(kk));
      browser.wait.until(ExpectedConditions.urlContains("household.xhtml"));
      assertThat(browser.byId("members").getText()).contains("Siti Juariah");
      browser.choose("need:category", "Kesehatan");
      browser.tick("need:pregnant");
      browser.byId("need:description").sendKeys("Belum punya KIS");
      browser.byId("need:save").click();
      assertThat(browser.awaitText("needList", "Belum punya KIS")).contains("prioritas");

      // the queue of needs: handled, with a note
      browser.open("app/intake/needs.xhtml");
      browser.wait.until(ExpectedConditions.urlContains("needs.xhtml"));
      String card =
          "//div[contains(concat(' ', normalize-space(@class), ' '), ' slrt-card ')]"
              + "[.//span[contains(.,'Belum punya KIS')]]";
      browser.visible(By.xpath(card + "//input[contains(@id,':note')]")).sendKeys("KIS terbit");
      browser.click(By.xpath(card + "//button[contains(@id,':done')]"));
      // closing asks for the outcome and the answer given to her
      browser.click(By.cssSelector("label[for='closing:outcome:0']"));
      browser.byId("closing:answer").sendKeys("KIS sudah aktif, kartu diambil di Puskesos");
      browser.byId("closing:closeNeed").click();
      browser.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(
              By.xpath("//span[contains(.,'Belum punya KIS')]")));
      browser.click(By.cssSelector("label[for='needs:status:2']"));
      assertThat(browser.awaitText("queue", "Belum punya KIS"))
          .contains("selesai")
          .contains("Dilayani")
          .contains("KIS sudah aktif")
          .contains("KIS terbit");
      assertThat(
              Api.send(
                      "GET",
                      "/t/karawang/persons/321501450785" + s,
                      Api.token("puskesos.karawang"),
                      null)
                  .body())
          .contains("\"dukcapilStatus\":\"NIK_TERCATAT\"");
    }
  }

  @Test
  void aRefusedFieldIsMarkedAndTheRefusalIsBesideTheSaveButton() {
    try (Browser browser = new Browser(412, 915)) {
      browser.signIn("puskesos.karawang");
      browser.open("app/intake/register.xhtml");
      browser.visible(By.id("register:kk")).sendKeys("123");
      browser.byId("register:save").click();

      assertThat(browser.awaitText("register:messagesNearSave", "KK")).isNotEmpty();
      assertThat(browser.visible(By.id("register:kk")).getAttribute("class"))
          .contains("ui-state-error");
      assertThat(browser.byId("register:kk").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.byId("register:kk").getDomProperty("value")).isEqualTo("123");
      browser.assertAccessible("a refused registration");
    }
  }
}
