package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A district officer imports a DTKS file in the screen on a phone-sized window: the import runs
 * with a progress bar, the refused rows are listed with their reasons and can be downloaded.
 */
@ExtendWith(ArquillianExtension.class)
class DtksImportBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void officerUploadsAFileAndSeesAndDownloadsTheRefusedRows() throws Exception {
    String s = Api.serial();
    String t = Api.serial();
    Path file = Files.createTempFile("dtks-karawang-", ".csv");
    Files.writeString(file, DtksImportApiIT.file(s, t), StandardCharsets.UTF_8);
    try (Browser browser = new Browser(412, 915)) {
      browser.signIn("puskesos.karawang");
      browser.open("app/intake/imports.xhtml");
      assertThat(browser.driver.findElement(By.tagName("body")).getText())
          .contains("Impor data DTKS/DTSEN");
      // an empty template to fill in a spreadsheet: the header row, as a spreadsheet set to
      // Indonesian reads it
      browser.click(By.xpath("//legend[contains(., 'Format berkas')]"));
      HttpResponse<String> template =
          download(browser, browser.byId("imports:template").getAttribute("href"));
      assertThat(template.statusCode()).isEqualTo(200);
      assertThat(template.headers().firstValue("Content-Disposition").orElse(""))
          .contains("templat-impor-dtks.csv");
      assertThat(template.body())
          .startsWith("\ufeffno_kk;kode_desa;rt;rw;alamat;pekka;nik;nama;")
          .endsWith("sumber;alasan_pkk;anggota_pekka\r\n");

      browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());

      new WebDriverWait(browser.driver, Duration.ofSeconds(60))
          .until(d -> d.findElement(By.id("importStatus")).getText().equals("Selesai"));
      assertThat(browser.byId("personsAdded").getText()).isEqualTo("4");
      assertThat(browser.byId("rowsRejected").getText()).isEqualTo("4");
      String rejects = browser.byId("imports:rejects").getText();
      assertThat(rejects)
          .contains("Euis")
          .contains("rumus")
          .contains("harus punya kepala keluarga")
          .doesNotContain("KEPALA_KELUARGA");

      // the download carries the refused rows with their reasons, for the signed-in officer only
      String href = browser.byId("imports:download").getAttribute("href");
      HttpResponse<String> csv = download(browser, href);
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.body().split("\r\n")).hasSize(5);
      assertThat(csv.body()).contains("\"baris\";\"alasan\"").contains("Euis");
      HttpResponse<String> anonymous =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(href)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.body()).doesNotContain("Euis");

      // the import is listed under the earlier imports
      assertThat(browser.byId("imports:historyTable").getText()).contains("dtks-karawang-");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Fetches a download of the screens as the signed-in user of the browser. */
  private static HttpResponse<String> download(Browser browser, String href) throws Exception {
    Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
