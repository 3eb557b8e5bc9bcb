package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every screen of docs/security.md, and the pages open without signing in, pass axe-core's WCAG 2.1
 * A and AA rules and declare their language, on a phone-sized window: opened by the district admin
 * (who may open them all) on real records, and the refusal page as a national monitor sees it. The
 * list of screens is the access matrix's, so a new screen is checked without editing this test.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void everyScreenPassesWcag21AaInBahasaIndonesia() throws Exception {
    String officer = Api.token("puskesos.karawang");
    Api.Reply family = Api.registerFamily(officer);
    Api.Reply event =
        Api.send(
            "POST",
            "/t/karawang/klik-events",
            officer,
            "{\"villageCode\": \"32.15.01.1001\", \"heldOn\": \"2026-11-18\","
                + " \"organizer\": \"Serikat PEKKA\"}");
    assertThat(event.status()).as(event.body()).isEqualTo(201);

    String mother = Api.member(family.json(), "Siti Juariah").getString("nik");
    Api.Reply referral =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            officer,
            "{\"nik\": \"%s\", \"serviceCode\": \"KIS\"}".formatted(mother));
    assertThat(referral.status()).as(referral.body()).isEqualTo(201);

    List<String> failures = new ArrayList<>();
    try (Browser browser = new Browser(412, 915)) {
      browser.open("");
      check(browser, "the login page", failures);
      browser.open("password.xhtml");
      check(browser, "the password change page", failures);

      browser.signIn("admin.karawang");
      // the home screen's figures come from the reporting module's contribution, grouped in
      // thousands the Indonesian way (1.900)
      assertThat(browser.byId("count-households").getText())
          .matches("[1-9][0-9]{0,2}(\\.[0-9]{3})*");
      assertThat(browser.byId("count-persons").getText()).matches("[1-9][0-9]{0,2}(\\.[0-9]{3})*");
      // the referral module's notice: how many overdue referrals reached the district admin
      assertThat(browser.byId("count-escalations").getText()).matches("[0-9]{1,3}(\\.[0-9]{3})*");
      for (AccessMatrixIT.Row screen : AccessMatrixIT.table("Screens")) {
        String path = screen.path().substring("/".length());
        if (path.endsWith("household.xhtml")) {
          path += "?id=" + family.json().getJsonNumber("id");
        } else if (path.endsWith("desk.xhtml")) {
          path += "?event=" + event.json().getJsonNumber("id");
        } else if (path.endsWith("referral/referral.xhtml")) {
          path += "?id=" + referral.json().getJsonNumber("id");
        }
        browser.open(path);
        browser.visible(By.tagName("main"));
        check(browser, screen.path(), failures);
      }
    }
    try (Browser browser = new Browser(412, 915)) {
      browser.submitSignIn("pemantau", Api.DEMO_PASSWORD);
      browser.visible(By.tagName("main"));
      browser.open("app/intake/households.xhtml");
      check(browser, "the refusal page", failures);
    }
    assertThat(failures).as("screens failing WCAG 2.1 AA").isEmpty();
  }

  @Test
  void theLanguageChosenIsRememberedAtTheNextSignIn() {
    try (Browser browser = new Browser(412, 915)) {
      browser.signIn("puskesos.karawang");
      assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("id");
      browser.click(By.id("userbar:language"));
      browser.wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      browser.click(By.id("userbar:logout"));
      browser.visible(By.id("login:username"));

      browser.signIn("puskesos.karawang");
      assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("en");
      assertThat(browser.byId("userbar:language").getText()).isEqualTo("Bahasa Indonesia");
    }
  }

  private static void check(Browser browser, String what, List<String> failures) {
    try {
      browser.assertAccessible(what);
    } catch (AssertionError e) {
      failures.add(e.getMessage());
    }
  }
}
