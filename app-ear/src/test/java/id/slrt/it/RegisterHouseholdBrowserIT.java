package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Puskesos officer in a real (headless) Chromium: signs in, registers a household with the
 * screen, and finds it in the list.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterHouseholdBrowserIT {
  private static final String APP =
      "http://localhost:" + System.getProperty("slrt.http.port", "18080") + "/slrt/";

  private WebDriver browser;
  private WebDriverWait wait;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @BeforeEach
  void openBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=412,915",
        "--lang=id");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Picks an entry of a PrimeFaces select menu the way a user does. The panel opens and closes with
   * a CSS transition; clicking into it while it is still opening leaves it stuck open, so each step
   * waits for the transition to finish.
   */
  private void choose(String menuId, String label) {
    By panel = By.id(menuId + "_panel");
    visible(By.id(menuId)).click();
    wait.until(ExpectedConditions.attributeContains(panel, "class", "overlay-enter-done"));
    browser
        .findElement(
            By.cssSelector(
                "#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']"))
        .click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
    wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
  }

  @Test
  void officerRegistersAHouseholdOnAPhoneSizedScreenAndFindsItInTheList() {
    browser.get(APP);
    assertThat(visible(By.id("login:submit")).getText()).isEqualTo("Masuk");
    browser.findElement(By.id("login:username")).sendKeys("puskesos.karawang");
    browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    assertThat(visible(By.id("district")).getText()).isEqualTo("Kabupaten Karawang");

    String s = Api.serial();
    String kk = "321501120315" + s;
    browser.get(APP + "app/intake/register.xhtml");
    visible(By.id("register:kk")).sendKeys(kk);
    choose("register:district", "Karawang Barat");
    // the desa list is re-rendered by the server once the kecamatan is chosen; PrimeFaces builds
    // the drop-down panel itself only when the menu is opened
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.id("register:village_input"))
                    .getDomProperty("textContent")
                    .contains("Karawang Kulon"));
    choose("register:village", "Karawang Kulon");
    browser.findElement(By.id("register:rt")).sendKeys("3");
    browser
        .findElement(By.id("register:femaleHeaded"))
        .findElement(By.cssSelector(".ui-chkbox-box"))
        .click();

    WebElement nik = browser.findElement(By.cssSelector("input[id$=':nik']"));
    nik.sendKeys("321501450785" + s);
    browser.findElement(By.cssSelector("input[id$=':name']")).click();
    // the live check reads sex and birth date from the NIK
    wait.until(
        ExpectedConditions.textMatches(
            By.cssSelector("span[id$=':nikStatus']"),
            java.util.regex.Pattern.compile("NIK cocok")));
    browser.findElement(By.cssSelector("input[id$=':name']")).sendKeys("Siti Juariah");
    browser.findElement(By.id("register:save")).click();

    wait.until(ExpectedConditions.urlContains("households.xhtml"));
    visible(By.id("households:q")).sendKeys(kk);
    browser.findElement(By.id("households:search")).click();
    // the search re-renders the table: read it only once it shows the new family alone
    String table =
        wait.ignoring(StaleElementReferenceException.class)
            .until(
                d -> {
                  String text = d.findElement(By.id("households:table")).getText();
                  return text.contains(kk) && text.contains("Siti Juariah") ? text : null;
                });
    assertThat(table).contains("Karawang Kulon").contains("PEKKA");
  }
}
