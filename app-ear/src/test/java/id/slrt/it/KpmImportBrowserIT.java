package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The district's PKH coordinator imports the existing KPM list on a phone-sized window: the import
 * runs with its progress, the counts and refused rows are shown, the refused rows download as CSV,
 * and the KPM imported are on the KPM list.
 */
@ExtendWith(ArquillianExtension.class)
class KpmImportBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aCoordinatorUploadsTheKpmListAndSeesWhatWasEnrolledAndWhatWasRefused() throws Exception {
    JsonObject family = Api.registerFamily(Api.token("puskesos.karawang")).json();
    String mother = Api.member(family, "Siti Juariah").getString("nik");
    String t = Api.serial();
    String number = KpmImportIT.participantNumber();
    String csv =
        KpmImportIT.HEADER
            + "%s;2020;%s;%s;;;;;;;;;IMPB-%s;pendamping.karawang;;\n"
                .formatted(number, family.getString("kk"), mother, t)
            + "%s;2020;;321501560390%s;Sumiati;;;;32.15.01.1001;;;;IMPB-%s;;LANJUT_USIA;\n"
                .formatted(KpmImportIT.participantNumber(), t, t)
            + "%s;;;%s;;;;;;;;;IMPB-%s;;;\n".formatted("3215", mother, t);
    Path file = Files.createTempFile("kpm-karawang-", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    try (Browser browser = new Browser(412, 915)) {
      browser.signIn("korkab.karawang");
      browser.open("app/pkh/kpm-import.xhtml");
      assertThat(browser.driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Impor daftar KPM");
      browser.click(By.xpath("//legend[contains(., 'Format berkas')]"));
      assertThat(browser.byId("headerRow").getText())
          .startsWith("nomor_peserta;tahun_mulai;no_kk;nik_pengurus;");
      assertThat(browser.byId("columnGuide").getText())
          .contains("komponen_1 … komponen_6")
          .contains("LANJUT_USIA");

      browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
      new WebDriverWait(browser.driver, Duration.ofSeconds(60))
          .until(d -> d.findElement(By.id("importStatus")).getText().equals("Selesai"));
      assertThat(browser.byId("kpmAdded").getText()).isEqualTo("2");
      assertThat(browser.byId("familiesRegistered").getText()).isEqualTo("1");
      assertThat(browser.byId("rowsRejected").getText()).isEqualTo("1");
      assertThat(browser.byId("rowsDone").getText()).isEqualTo("3 / 3");
      assertThat(browser.byId("kpmImport:rejects").getText())
          .contains("nomor_peserta")
          .contains("15 angka");
      browser.assertAccessible("the KPM import with refused rows");

      String href = browser.byId("kpmImport:download").getAttribute("href");
      Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
      HttpResponse<String> download =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href))
                      .header("Cookie", "JSESSIONID=" + session.getValue())
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body().split("\r\n")).hasSize(2);
      assertThat(download.body()).contains("\"baris\";\"alasan\"").contains(mother);
      assertThat(browser.byId("kpmImport:historyTable").getText()).contains("kpm-karawang-");

      // the KPM imported, on the KPM list of their group
      browser.open("app/pkh/kpm.xhtml");
      browser.choose("kpm:group", "IMPB-" + t + " (2)");
      browser.awaitText("total", "2 KPM");
      assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(number);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
