package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The district admin creates a Puskesos officer in the screen; the officer signs in with the
 * one-time password, must choose a password of her own, and then works. Others cannot open the
 * admin's screens.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdminBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void anAdminCreatesAnOfficerWhoChangesTheOneTimePasswordAndWorks() {
    String username = "yuli.kulon" + Api.serial();
    String oneTime;
    try (Browser admin = new Browser(412, 915)) {
      admin.signIn("admin.karawang");
      admin.open("app/admin/users.xhtml");
      admin.byId("users:username").sendKeys(username);
      admin.byId("users:name").sendKeys("Yuli Yulianti");
      admin.click(By.xpath("//label[contains(.,'Petugas Puskesos')]"));
      admin.choose("users:unit", "Puskesos Kelurahan Karawang Kulon");
      admin.click(By.id("users:save"));
      oneTime = admin.byId("otp").getText().strip();
      assertThat(oneTime).hasSize(12);
      assertThat(admin.awaitText("users:list", username))
          .contains("Puskesos Kelurahan Karawang Kulon");
    }

    try (Browser officer = new Browser(390, 844)) {
      officer.submitSignIn(username, oneTime);
      assertThat(officer.byId("why").getText()).contains("sekali");
      assertThat(officer.byId("password:username").getDomProperty("value")).isEqualTo(username);
      officer.byId("password:current").sendKeys(oneTime);
      officer.byId("password:newPassword").sendKeys("Bismillah2026");
      officer.byId("password:confirmation").sendKeys("Bismillah2026");
      officer.click(By.id("password:submit"));
      assertThat(officer.byId("password").getText()).contains("terlalu umum");

      officer.byId("password:current").sendKeys(oneTime);
      officer.byId("password:newPassword").sendKeys("sepeda biru ke pasar senin");
      officer.byId("password:confirmation").sendKeys("sepeda biru ke pasar senin");
      officer.click(By.id("password:submit"));
      assertThat(officer.byId("current-user").getText()).isEqualTo("Yuli Yulianti");
      officer.open("app/intake/households.xhtml");
      officer.visible(By.id("district"));
    }

    try (Browser again = new Browser(390, 844)) {
      again.submitSignIn(username, "sepeda biru ke pasar senin");
      assertThat(again.byId("current-user").getText()).isEqualTo("Yuli Yulianti");
    }
  }

  @Test
  void anOfficerAndANationalMonitorAreRefusedScreensThatAreNotTheirs() throws Exception {
    try (Browser officer = new Browser(390, 844)) {
      officer.signIn("puskesos.karawang");
      assertThat(officer.driver.findElements(By.id("menu:menu-users"))).isEmpty();
      officer.open("app/admin/users.xhtml");
      assertThat(officer.byId("refused").getText()).isEqualTo("Tidak berwenang");
      assertThat(statusOf(officer, "app/admin/users.xhtml")).isEqualTo(403);
    }
    try (Browser monitor = new Browser(390, 844)) {
      monitor.signIn("pemantau");
      monitor.open("app/intake/households.xhtml");
      assertThat(monitor.byId("refused").getText()).isEqualTo("Tidak berwenang");
      assertThat(statusOf(monitor, "app/klik/events.xhtml")).isEqualTo(403);
      assertThat(statusOf(monitor, "app/index.xhtml")).isEqualTo(200);
    }
  }

  private static int statusOf(Browser browser, String page) throws Exception {
    Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Browser.APP + page))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
