package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.isnad.RunningServer;
import org.isnad.Serving;
import org.isnad.check.FakeJudge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "check a claim" page in a real browser (headless chromium): a claim sent from the form is
 * answered with the evidence in the reader's language, every piece of it as text (a claim with
 * markup stays text); a server without a stance model says how to build one. Skipped, saying
 * so, when chromium or chromium-driver is not installed.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CheckPageBrowserIT {
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start(@TempDir Path profile) {
    HeadlessChromium.assumeInstalled();
    browser = HeadlessChromium.start(profile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static String ask(RunningServer server, String claim) {
    browser.get("about:blank");
    browser.get(server.url() + "#/check");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim"))).sendKeys(claim);
    browser.findElement(By.cssSelector("form.check button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#check-result > *")));
    return browser.findElement(By.id("check-result")).getText();
  }

  /** A screenshot to look at, in target/check-screenshots (not the README's folder). */
  private static void shot(String name) {
    try {
      Path dir = Path.of("target/check-screenshots");
      Files.createDirectories(dir);
      byte[] png = ((org.openqa.selenium.TakesScreenshot) browser)
          .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aClaimIsAnsweredWithItsEvidenceAsText() {
    try (RunningServer server = Serving.serve(ServedCase.get(), "127.0.0.1", 0, null,
        FakeJudge.of("موسكو", null))) {
      String page = ask(server, "زار الأسد موسكو <script>window.pwned=1</script>");
      assertEquals("التحقق من ادعاء", browser.findElement(By.tagName("h1")).getText());
      assertTrue(page.contains("الأدلة") && page.contains("تؤيده") && page.contains("تنفيه")
          && page.contains("كيف انتشر"), page);
      assertTrue(page.contains("صفحة مجهولة الوسيلة") && page.contains("السنة غير معروفة"),
          "a page of unknown outlet named by its title, a date without its year in words: "
              + page);
      assertFalse(page.contains("XXXX") || page.contains("article d"), page);
      assertFalse(browser.findElements(By.cssSelector("#check-result .stance-agree")).isEmpty(),
          page);
      assertFalse(browser.findElements(By.cssSelector("#check-result blockquote")).isEmpty(),
          "rationale sentences are shown");
      assertEquals(0L, ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("return document.querySelectorAll('main script').length")).longValue());
      assertEquals(null, ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("return window.pwned === undefined ? null : window.pwned"));
      shot("check-claim");
    }
  }

  @Test
  void withoutAModelThePageSaysHowToBuildOne() {
    try (RunningServer server = Serving.serve(ServedCase.get(), "127.0.0.1", 0, null)) {
      String page = ask(server, "زار الأسد موسكو");
      assertTrue(page.contains("isnad train stance"), page);
    }
  }
}
