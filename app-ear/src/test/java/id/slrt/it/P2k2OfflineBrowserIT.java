package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A facilitator logs a P2K2 session on a phone without a connection: the page keeps it, and sends
 * it once the phone is back online, even after the hour's bearer token ran out; sign-out clears the
 * phone.
 */
@ExtendWith(ArquillianExtension.class)
class P2k2OfflineBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static void network(Browser browser, boolean online) {
    ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
    conditions.setOffline(!online);
    conditions.setLatency(Duration.ZERO);
    ((ChromiumDriver) browser.driver).setNetworkConditions(conditions);
  }

  private static java.nio.file.Path sheetPhoto() {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("daftar-hadir", ".jpg");
      java.nio.file.Files.write(file, P2k2SyncIT.jpeg());
      file.toFile().deleteOnExit();
      return file;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSessionLoggedOfflineIsSentWhenThePhoneIsBackOnline() throws java.io.IOException {
    String code = "HP-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    String facilitator = Api.token("pendamping.karawang");

    try (Browser browser = new Browser(390, 844)) {
      browser.open("pkh/p2k2.html");
      browser.byId("username").sendKeys("pendamping.karawang");
      browser.byId("password").sendKeys(Api.DEMO_PASSWORD);
      browser.click(By.id("signIn"));
      browser.awaitText("who", "pendamping.karawang");
      browser.assertAccessible("the P2K2 phone page, signed in");

      // the signal goes; the facilitator logs the session on the phone
      network(browser, false);
      browser.awaitText("network", "Tanpa sinyal");
      new Select(browser.byId("group")).selectByValue(code);
      new Select(browser.byId("module")).selectByValue("PKPU");
      new Select(browser.byId("session")).selectByValue("2");
      browser.byId("place").sendKeys("Rumah Bu Ketua");
      browser.click(By.id("att-" + kpm.get(1) + "-IZIN"));
      browser.click(By.id("att-" + kpm.get(2) + "-TIDAK_HADIR"));
      // the photo of the signed sheet, taken with the phone's camera
      browser.byId("photo").sendKeys(sheetPhoto().toString());
      browser.click(By.id("save"));
      assertThat(browser.awaitText("queue", "menunggu sinyal"))
          .contains(code, "PKPU sesi 2", "foto menunggu sinyal");
      assertThat(browser.awaitText("network", "1 menunggu dikirim")).isNotEmpty();
      // still offline after a reload: the page and its queue come back from the phone
      browser.driver.navigate().refresh();
      browser.awaitText("queue", "menunggu sinyal");
      assertThat(
              Api.send("GET", "/t/karawang/pkh/p2k2-sessions?groupCode=" + code, facilitator, null)
                  .json()
                  .getJsonNumber("total")
                  .longValue())
          .isZero();

      // a day later: the bearer token has run out; the signal comes back
      ((JavascriptExecutor) browser.driver).executeScript("window.slrtP2k2.forgetAccessToken()");
      network(browser, true);
      browser.awaitText("queue", "foto terkirim");
      browser.assertAccessible("the P2K2 phone page, the log sent");

      JsonObject page =
          Api.send("GET", "/t/karawang/pkh/p2k2-sessions?groupCode=" + code, facilitator, null)
              .json();
      assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
      JsonObject log = page.getJsonArray("items").getJsonObject(0);
      assertThat(log.getString("moduleCode")).isEqualTo("PKPU");
      assertThat(log.getInt("sessionNo")).isEqualTo(2);
      assertThat(log.getString("place")).isEqualTo("Rumah Bu Ketua");
      assertThat(log.getBoolean("sheetPhoto")).isTrue();
      Api.Download photo =
          Api.download(
              "/t/karawang/pkh/p2k2-sessions/" + log.getJsonNumber("id") + "/sheet-photo",
              Api.token("korkab.karawang"));
      assertThat(photo.contentType()).isEqualTo("image/jpeg");
      // the page shrank and re-encoded it, so its bytes are its own, but it is a JPEG picture
      assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo.body())))
          .isNotNull();
      assertThat(log.getJsonArray("attendance").getValuesAs(JsonObject.class))
          .extracting(a -> a.getString("participantNumber") + ":" + a.getString("status"))
          .containsExactlyInAnyOrder(
              kpm.get(0) + ":HADIR", kpm.get(1) + ":IZIN", kpm.get(2) + ":TIDAK_HADIR");

      // sign-out leaves nothing of it on the phone
      browser.click(By.id("signOut"));
      browser.visible(By.id("signInForm"));
      Object databases =
          ((JavascriptExecutor) browser.driver)
              .executeAsyncScript(
                  "const done = arguments[0];"
                      + " indexedDB.open('slrt-p2k2').onsuccess = (e) => {"
                      + " const db = e.target.result;"
                      + " const tx = db.transaction('kv').objectStore('kv').getAllKeys();"
                      + " tx.onsuccess = () => { done(tx.result.join(',')); db.close(); }; };");
      // only the new, empty store's key remains
      assertThat(String.valueOf(databases)).isEqualTo("key");
    }
  }
}
