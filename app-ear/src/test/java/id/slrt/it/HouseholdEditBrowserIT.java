package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An officer changes a household on its page, on a phone-sized window: an edit made on data that
 * another officer changed meanwhile is refused and overwrites nothing; a member who died is marked.
 */
@ExtendWith(ArquillianExtension.class)
class HouseholdEditBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aStaleEditIsRefusedAndADeathIsRecorded() {
    String token = Api.token("puskesos.karawang");
    String s = Api.serial();
    Api.Reply created =
        Api.send(
            "POST",
            "/t/karawang/households",
            token,
            Api.family("321501120315" + s, "321501450785" + s, "321501010110" + s));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String path = "/t/karawang/households/" + created.json().getJsonNumber("id");
    // a newborn without documents, whose need is recorded by the member record
    Api.Reply born =
        Api.send(
            "POST",
            path + "/members",
            token,
            "{\"name\": \"Ujang\", \"sex\": \"M\", \"birthDate\": \"2026-01-15\","
                + " \"relationship\": \"CUCU\"}",
            Map.of(
                "If-Match",
                Api.send("GET", path, token, null)
                    .raw()
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow()));
    assertThat(born.status()).as(born.body()).isEqualTo(200);
    long ujang = Api.member(born.json(), "Ujang").getJsonNumber("id").longValue();
    Api.Reply need =
        Api.send(
            "POST",
            "/t/karawang/needs",
            token,
            "{\"personId\": "
                + ujang
                + ", \"category\": \"IDENTITAS_HUKUM\","
                + " \"description\": \"Belum punya akta lahir\"}");
    assertThat(need.status()).as(need.body()).isEqualTo(201);

    try (Browser browser = new Browser(412, 915)) {
      browser.signIn("puskesos.karawang");
      browser.open("app/intake/household.xhtml?id=" + created.json().getJsonNumber("id"));
      assertThat(browser.byId("summary").getText()).contains("RT 002");
      // the needs of every member are listed, the one without a NIK too
      assertThat(browser.byId("needList").getText()).contains("Ujang").contains("akta lahir");
      openTab(browser, "Ubah alamat dan kepala keluarga");
      WebElement rt = field(browser, "rt");
      rt.clear();
      rt.sendKeys("7");

      // meanwhile another officer corrects the street through the API
      Api.Reply current = Api.send("GET", path, token, null);
      String etag = current.raw().headers().firstValue("ETag").orElseThrow();
      Api.Reply other =
          Api.send(
              "PUT",
              path,
              token,
              "{\"address\": {\"villageCode\": \"32.15.01.1001\", \"rt\": \"002\", \"rw\": \"005\","
                  + " \"street\": \"Jl. Tuparev 14\"}, \"femaleHeaded\": true}",
              Map.of("If-Match", etag));
      assertThat(other.status()).as(other.body()).isEqualTo(200);

      browser.click(By.cssSelector("button[id$=':saveAddress']"));
      browser.awaitText("messages", "baru saja diubah petugas lain");
      Api.Reply after = Api.send("GET", path, token, null);
      assertThat(after.json().getJsonObject("address").getString("rt")).isEqualTo("002");
      assertThat(after.json().getJsonObject("address").getString("street"))
          .isEqualTo("Jl. Tuparev 14");

      // on the fresh data the same change goes through
      openTab(browser, "Ubah alamat dan kepala keluarga");
      assertThat(field(browser, "street").getDomProperty("value")).isEqualTo("Jl. Tuparev 14");
      // a refused RT is said beside the RT field, which is marked, and nothing is saved
      rt = field(browser, "rt");
      rt.clear();
      rt.sendKeys("7a");
      browser.click(By.cssSelector("button[id$=':saveAddress']"));
      WebElement besideRt =
          browser.visible(
              By.xpath(
                  "//div[contains(@class,'slrt-field')][.//input[contains(@id,':rt')]]"
                      + "//*[contains(@class,'ui-message-error')]"));
      assertThat(besideRt.getText()).contains("satu sampai tiga angka");
      assertThat(field(browser, "rt").getAttribute("aria-invalid")).isEqualTo("true");
      // what the officer typed stays, to be corrected rather than typed again
      assertThat(field(browser, "rt").getDomProperty("value")).isEqualTo("7a");
      assertThat(Api.send("GET", path, token, null).json().getJsonObject("address").getString("rt"))
          .isEqualTo("002");
      browser.assertAccessible("a refused change of the family's address");
      openTab(browser, "Ubah alamat dan kepala keluarga");
      rt = field(browser, "rt");
      rt.clear();
      rt.sendKeys("7");
      browser.click(By.cssSelector("button[id$=':saveAddress']"));
      browser.awaitText("summary", "RT 007");
      assertThat(Api.send("GET", path, token, null).json().getJsonObject("address").getString("rt"))
          .isEqualTo("007");

      // the son died: he stays in the record, marked. The date is typed, and a date that does
      // not exist is refused in Indonesian, saying how to type it
      openTab(browser, "Anggota meninggal atau pindah");
      browser.choose(idOf(browser, "leavingId"), "Budi Santoso");
      browser.choose(idOf(browser, "leavingStatus"), "meninggal");
      WebElement date = field(browser, "leavingDate_input");
      date.clear();
      date.sendKeys("31-02-2026");
      browser.click(By.cssSelector("button[id$=':saveLeaving']"));
      assertThat(browser.awaitText("messages", "bukan tanggal")).contains("tanggal-bulan-tahun");
      date = field(browser, "leavingDate_input");
      date.clear();
      date.sendKeys(
          java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
              .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
      browser.click(By.cssSelector("button[id$=':saveLeaving']"));
      assertThat(browser.awaitText("members", "meninggal")).contains("Budi Santoso");
      assertThat(Api.send("GET", path, token, null).body()).contains("\"status\":\"MENINGGAL\"");
    }
  }

  @Test
  void aKlikCadreIsOfferedOnlyWhatTheServicesAllowIt() {
    Api.Reply created = Api.registerFamily(Api.token("puskesos.karawang"));
    String page = "app/intake/household.xhtml?id=" + created.json().getJsonNumber("id");
    By leaving = By.xpath("//*[contains(@class,'ui-accordion-header')][contains(.,'meninggal')]");
    By move = By.xpath("//*[contains(@class,'ui-accordion-header')][contains(.,'Pindahkan')]");

    try (Browser browser = new Browser(412, 915)) {
      browser.signIn("klik.karawang");
      browser.open(page);
      // a cadre corrects the address and adds members (the service allows KADER_KLIK) ...
      openTab(browser, "Ubah alamat dan kepala keluarga");
      assertThat(field(browser, "rt").isDisplayed()).isTrue();
      // ... but is not offered what the service would refuse: departures, moves, welfare status
      assertThat(browser.driver.findElements(leaving)).isEmpty();
      assertThat(browser.driver.findElements(move)).isEmpty();
      assertThat(browser.driver.findElements(By.id("welfare:save"))).isEmpty();
    }
    try (Browser browser = new Browser(412, 915)) {
      browser.signIn("puskesos.karawang");
      browser.open(page);
      assertThat(browser.driver.findElements(leaving)).isNotEmpty();
      assertThat(browser.driver.findElements(move)).isNotEmpty();
      assertThat(browser.driver.findElements(By.id("welfare:save"))).isNotEmpty();
    }
  }

  /** Opens a section of the accordion, unless it is open already (a save keeps it open). */
  private static void openTab(Browser browser, String title) {
    By header =
        By.xpath("//*[contains(@class,'ui-accordion-header')][contains(.,'" + title + "')]");
    if (!"true".equals(browser.visible(header).getAttribute("aria-expanded"))) {
      browser.click(header);
    }
    browser.wait.until(d -> "true".equals(d.findElement(header).getAttribute("aria-expanded")));
    // the section slides open (and the other one shut): wait until nothing moves any more
    browser.wait.until(
        d ->
            Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return window.jQuery && jQuery(':animated').length === 0")));
  }

  private static WebElement field(Browser browser, String id) {
    return browser.visible(By.cssSelector("input[id$=':" + id + "']"));
  }

  private static String idOf(Browser browser, String id) {
    return browser
        .visible(By.cssSelector("div.ui-selectonemenu[id$=':" + id + "']"))
        .getAttribute("id");
  }
}
