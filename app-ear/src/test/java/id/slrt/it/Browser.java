package id.slrt.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium on a phone-sized window, driven through Debian's chromedriver (nothing
 * is downloaded), with the few moves every screen test makes.
 */
final class Browser implements AutoCloseable {
  static final String APP =
      "http://localhost:" + System.getProperty("slrt.http.port", "18080") + "/slrt/";

  final WebDriver driver;
  final WebDriverWait wait;

  Browser(int width, int height) {
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
        "--window-size=" + width + "," + height,
        "--lang=id");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
    wait =
        new WebDriverWait(driver, Duration.ofSeconds(20)) {
          @Override
          public <V> V until(Function<? super WebDriver, ? extends V> isTrue) {
            try {
              return super.until(isTrue);
            } catch (TimeoutException e) {
              keepEvidence();
              throw e;
            }
          }
        };
    wait.ignoring(StaleElementReferenceException.class);
  }

  /**
   * What the browser showed when a wait ran out, for the reader of a failed run: a screenshot and
   * the page's HTML under {@code app-ear/target/browser-failures/}.
   */
  private void keepEvidence() {
    try {
      Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
      String name = "failure-" + System.currentTimeMillis();
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
      System.err.println("Browser evidence: " + dir.resolve(name).toAbsolutePath() + ".png/.html");
    } catch (IOException | RuntimeException e) {
      System.err.println("No browser evidence: " + e);
    }
  }

  /** Opens a page of the application, e.g. {@code app/klik/events.xhtml}. */
  void open(String page) {
    driver.get(APP + page);
  }

  void signIn(String username) {
    submitSignIn(username, Api.DEMO_PASSWORD);
    visible(By.id("district"));
  }

  /** Fills and sends the login form, without waiting for where it leads. */
  void submitSignIn(String username, String password) {
    open("");
    visible(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
  }

  /**
   * The page as it is now passes axe-core's WCAG 2.0 and 2.1 A and AA rules and declares its
   * language; a failure names each rule, its impact and the elements that break it.
   */
  void assertAccessible(String what) {
    String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
    if (lang == null || lang.isBlank()) {
      throw new AssertionError(what + ": <html> declares no language");
    }
    com.deque.html.axecore.results.Results results =
        new com.deque.html.axecore.selenium.AxeBuilder()
            .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    if (!results.violationFree()) {
      StringBuilder report = new StringBuilder(what + " (" + driver.getCurrentUrl() + "):");
      for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
        report.append("\n  ").append(rule.getId()).append(" (").append(rule.getImpact());
        report.append("): ").append(rule.getHelp());
        rule.getNodes().stream()
            .limit(5)
            .forEach(n -> report.append("\n      ").append(n.getTarget()));
      }
      keepEvidence();
      throw new AssertionError(report.toString());
    }
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement byId(String id) {
    return visible(By.id(id));
  }

  /** Waits until the element shows the text, and returns all it shows. */
  String awaitText(String id, String text) {
    return wait.until(
        d -> {
          String shown = d.findElement(By.id(id)).getText();
          return shown.contains(text) ? shown : null;
        });
  }

  /**
   * Picks an entry of a PrimeFaces select menu the way a user does. The panel opens and closes with
   * a CSS transition; clicking into it while it is still opening leaves it stuck open, so each step
   * waits for the transition to finish.
   */
  void choose(String menuId, String label) {
    By panel = By.id(menuId + "_panel");
    openMenu(menuId, panel);
    driver
        .findElement(
            By.cssSelector(
                "#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']"))
        .click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
    wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
  }

  /**
   * Opens a select menu as a user does: scrolls it to the middle of the screen, then taps it, and
   * taps again should the first tap not open it. A menu at the very bottom edge of the window did
   * not open on a tap (seen in RegisterHouseholdBrowserIT, three taps in a row).
   */
  private void openMenu(String menuId, By panel) {
    WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(3));
    for (int tries = 1; ; tries++) {
      WebElement menu = byId(menuId);
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
      menu.click();
      try {
        shortWait.until(ExpectedConditions.attributeContains(panel, "class", "overlay-enter-done"));
        return;
      } catch (TimeoutException e) {
        if (tries == 3) {
          keepEvidence();
          throw e;
        }
        System.err.println("Menu " + menuId + " did not open on tap " + tries + "; tapping again");
      }
    }
  }

  /** Waits until the server has re-rendered a select menu with the given option. */
  void awaitOption(String menuId, String label) {
    wait.until(
        d -> d.findElement(By.id(menuId + "_input")).getDomProperty("textContent").contains(label));
  }

  /**
   * Clicks, trying again while an ajax update replaces the element under the cursor. The element is
   * first brought to the middle of the screen, as a person scrolls to what they tap: WebDriver
   * would leave it at the bottom edge, under a phone form's sticky button bar.
   */
  void click(By by) {
    wait.until(
        d -> {
          WebElement element = d.findElement(by);
          ((JavascriptExecutor) d)
              .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
          element.click();
          return true;
        });
  }

  /** True when the element is entirely within the window, where a thumb can reach it. */
  boolean onScreen(String id) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                byId(id)));
  }

  /** Ticks a PrimeFaces check box. */
  void tick(String checkboxId) {
    byId(checkboxId).findElement(By.cssSelector(".ui-chkbox-box")).click();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
