package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.Isnad;
import org.isnad.Serving;
import org.isnad.ProgressListener;
import org.isnad.RunningServer;
import org.isnad.store.AnalysisView;
import org.isnad.store.ContestedCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real browser: Debian's chromium driven through chromium-driver (never a
 * downloaded browser or driver), headless, with a fresh profile, against a server on a free
 * loopback port over a new store. It uploads the sample corpus and a page carrying script
 * payloads through the upload page, then opens the timeline, filters by an actor, opens an event, sees its sentence highlighted in the article,
 * searches «الاسد», switches to English, and sees the payloads rendered as text; the keyboard
 * reaches the content first, and a server with a token is opened by giving it once per session.
 * A screenshot of each step goes to {@code target/screenshots/}. Skipped, saying so, when chromium or
 * chromium-driver is not installed.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class WebAppBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target/screenshots");
  private static RunningServer server;
  private static String hostileArticle;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start(@TempDir Path profile, @TempDir Path store) throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser test skipped: chromium or chromium-driver is not installed "
            + "(apt-get install -y chromium chromium-driver)");
    server = Serving.serve(Isnad.with(2, ServedCase.FIXED), store,
        "127.0.0.1", 0, null, ProgressListener.NONE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,1600", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
    uploadTheCase();
  }

  /**
   * The case is made through the upload page: the sample pages and the page with payloads,
   * chosen at once with the file input and submitted from the keyboard; each is listed as
   * added with a link to its article.
   */
  private static void uploadTheCase() throws IOException {
    List<Path> pages = new ArrayList<>();
    try (var files = Files.list(Path.of("samples/seeds"))) {
      files.sorted().forEach(pages::add);
    }
    pages.add(ServedCase.hostilePage());
    browser.get(server.url() + "#/upload");
    heading("إضافة وثائق");
    WebElement input = browser.findElement(By.id("files"));
    assertEquals("files", browser.findElement(By.cssSelector("label[for=files]"))
        .getAttribute("for"));
    input.sendKeys(String.join("\n", pages.stream().map(p -> p.toAbsolutePath().toString())
        .toList()));
    browser.findElement(By.cssSelector("form.upload button[type=submit]")).sendKeys(Keys.ENTER);
    WebDriverWait slow = new WebDriverWait(browser, Duration.ofSeconds(150));
    slow.until(ExpectedConditions.textToBe(By.id("upload-status"), "تم"));
    List<WebElement> outcomes = browser.findElements(By.cssSelector("#upload-results li"));
    assertEquals(pages.size(), outcomes.size());
    for (WebElement o : outcomes) {
      assertTrue(o.getAttribute("class").contains("added"), o.getText());
      assertFalse(o.findElements(By.cssSelector("a[href^='#/article/']")).isEmpty());
    }
    WebElement hostile = outcomes.get(outcomes.size() - 1);
    hostileArticle = hostile.findElement(By.cssSelector("a[href^='#/article/']")).getText();
    shot("00-upload");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"),
        ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static WebElement heading(String text) {
    wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
    return browser.findElement(By.cssSelector("main h1"));
  }

  @Test
  void aReaderFollowsAnEventFromTheTimelineToItsSentence() throws IOException {
    browser.get(server.url());
    heading("الخط الزمني");
    WebElement html = browser.findElement(By.tagName("html"));
    assertEquals("rtl", html.getAttribute("dir"));
    assertEquals("ar", html.getAttribute("lang"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.day h3")));
    shot("01-timeline");

    WebElement actor = browser.findElement(By.cssSelector("main a[href^='#/timeline?actor=']"));
    String name = actor.getText();
    actor.click();
    wait.until(ExpectedConditions.urlContains("actor="));
    WebElement filter = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("main p.active-filter")));
    assertTrue(filter.getText().contains(name), "the filter is named: " + filter.getText());
    List<WebElement> events = browser.findElements(By.cssSelector("main article.event"));
    assertFalse(events.isEmpty());
    events.forEach(e -> assertTrue(e.getText().contains(name), e.getText()));
    shot("02-filtered-by-actor");

    events.get(0).findElement(By.cssSelector("h3 a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("section[aria-labelledby=reports] p.paragraph mark")));
    String sentence = browser.findElement(By.cssSelector("p.paragraph mark")).getText();
    assertFalse(sentence.isBlank());
    assertFalse(browser.findElements(By.cssSelector("ol.chain li")).isEmpty());
    shot("03-event");

    browser.findElement(By.cssSelector("section[aria-labelledby=reports] a[href^='#/article/']"))
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-text .hl")));
    StringBuilder marked = new StringBuilder();
    browser.findElements(By.cssSelector(".article-text .hl")).forEach(e ->
        marked.append(e.getText()));
    assertEquals(sentence.replaceAll("\\s+", ""), marked.toString().replaceAll("\\s+", ""));
    shot("04-sentence-in-article");
  }

  @Test
  void searchFindsTheNameWithoutItsHamzaAndTheAppSwitchesToEnglish() throws IOException {
    browser.get(server.url() + "#/search");
    heading("بحث");
    WebElement q = browser.findElement(By.cssSelector("form.search input[name=q]"));
    q.sendKeys("الاسد");
    browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits mark")));
    assertTrue(browser.findElements(By.cssSelector("ol.hits mark")).stream()
        .anyMatch(m -> m.getText().contains("الأسد")));
    shot("05-search");

    browser.findElement(By.id("language")).click();
    heading("Search");
    WebElement html = browser.findElement(By.tagName("html"));
    assertEquals("ltr", html.getAttribute("dir"));
    assertEquals("en", html.getAttribute("lang"));
    shot("06-english");
    browser.findElement(By.id("language")).click();
    heading("بحث");
  }

  @Test
  void aContestedEventShowsItsValuesSideBySide() throws IOException {
    try (ApiServer contested = ApiServer.start(new AnalysisView(ContestedCase.build()),
        new ServerSettings("127.0.0.1", 0, null))) {
      browser.get(contested.url() + "#/event/ev1");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".conflict")));
      List<WebElement> values = browser.findElements(By.cssSelector(".conflict > div"));
      assertEquals(2, values.size());
      assertTrue(values.get(0).getText().contains("2024-12-08")
          && values.get(0).getText().contains("الوكالة الأولى"), values.get(0).getText());
      assertTrue(values.get(1).getText().contains("2024-12-09")
          && values.get(1).getText().contains("الصحيفة الثانية"), values.get(1).getText());
      assertTrue(browser.findElement(By.cssSelector("section[aria-labelledby=basis]")).getText()
          .contains("same place and type across articles"));
      shot("09-contested-event");
    }
  }

  private static String mainText(String css) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main " + css)));
    return browser.findElement(By.tagName("main")).getText();
  }

  /** No page prints a placeholder: a missing part is left out, a list is its items. */
  private static void noPlaceholders(String text) {
    assertFalse(text.contains("[object"), text);
    assertFalse(List.of(text.split("\n")).contains("null"), text);
  }

  @Test
  void everyPageReadsInTheReadersLanguageWithCountsThatAgree() throws IOException {
    browser.get(server.url() + "#/stories");
    heading("القصص");
    String stories = mainText("article.event h2");
    noPlaceholders(stories);
    shot("10-stories");
    browser.get(server.url() + "#/timeline");
    heading("الخط الزمني");
    String timeline = mainText("article.event p.meta");
    noPlaceholders(timeline);
    for (String type : org.isnad.timeline.EventTypeLabels.arabic().keySet()) {
      assertFalse(java.util.regex.Pattern.compile("\\b" + type + "\\b").matcher(timeline)
          .find(), type + " in " + timeline);
    }
    assertTrue(timeline.contains("تقرير واحد"), timeline);
    assertFalse(timeline.matches("(?s).*\\b1 (تقارير|مصادر).*"), timeline);
    String href = browser.findElement(By.cssSelector("main a[href^='#/timeline?actor=']"))
        .getAttribute("href");
    WebElement before = browser.findElement(By.tagName("main"));
    browser.get(server.url() + "#/entity/" + href.substring(href.indexOf("actor=") + 6));
    wait.until(ExpectedConditions.stalenessOf(before));
    noPlaceholders(mainText("p.meta"));
    browser.findElement(By.cssSelector("main a[href^='#/timeline?']")).click();
    heading("الخط الزمني");
    browser.findElement(By.cssSelector("main article.event h3 a")).click();
    noPlaceholders(mainText("section[aria-labelledby=reports]"));
    browser.get(server.url() + "#/search?q=%D8%A7%D9%84%D8%A7%D8%B3%D8%AF");
    String hits = mainText("ol.hits li");
    assertFalse(java.util.regex.Pattern.compile("\\bd[0-9a-f]{12}\\b").matcher(hits).find(),
        "an untitled article is named as such, not by its id: " + hits);
    browser.get("about:blank");
  }

  @Test
  void theKeyboardReachesTheContentFirst() {
    browser.get("about:blank");
    browser.get(server.url() + "#/stories");
    heading("القصص");
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement skip = browser.switchTo().activeElement();
    assertEquals("skip", skip.getAttribute("id"));
    skip.sendKeys(Keys.ENTER);
    assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    assertTrue(browser.getCurrentUrl().endsWith("#/stories"), "the page stays");
  }

  @Test
  void aServerWithATokenIsOpenedWithIt() throws IOException {
    String token = "browser-test-token-0123456789";
    try (ApiServer locked = ApiServer.start(new AnalysisView(ServedCase.get()),
        new ServerSettings("127.0.0.1", 0, token))) {
      browser.get(locked.url() + "#/audit");
      heading("هذا الخادم يطلب رمز دخول");
      browser.findElement(By.id("token")).sendKeys(token, Keys.ENTER);
      heading("التدقيق");
      shot("08-token-then-audit");
      browser.navigate().refresh();
      heading("التدقيق");
    }
  }

  @Test
  void scriptPayloadsInAPageAreShownAsText() throws IOException {
    browser.get(server.url() + "#/article/" + hostileArticle);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-text")));
    String text = browser.findElement(By.cssSelector(".article-text")).getText();
    assertTrue(text.contains(ServedCase.SCRIPT), text);
    assertTrue(text.contains(ServedCase.ONERROR), text);
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty());
    shot("07-payloads-as-text");
  }
}
