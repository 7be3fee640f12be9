package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.isnad.model.Analysis;
import org.isnad.model.Event;
import org.isnad.model.Timeline;
import org.isnad.store.AnalysisView;
import org.isnad.store.ContestedCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real browser: Debian's chromium driven through chromium-driver (never a
 * downloaded browser or driver), headless, with a fresh profile, against a server on a free
 * loopback port over a new store. In the order issue 17 lists them: it uploads the sample
 * corpus (with a page carrying script payloads, a picture and a page of menus only) through the
 * upload page, opens the timeline, filters by an actor picked by typing a name, opens an event,
 * sees its sentence highlighted in the article, searches «الاسد», switches to English, and sees
 * the payloads rendered as text. On the way it checks what an Arabic reader reads: the audit's
 * reasons and why reports were merged in Arabic, one report card per article, one pair of quote
 * marks around a statement, day filters with a hint and a validation message. Then: a contested
 * event, every page's wording, the keyboard, a server with a token. A screenshot of each step goes
 * to {@code target/screenshots/} (linked from the README). Skipped, saying so, when chromium or
 * chromium-driver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class WebAppBrowserIT {
  private static final Path SHOTS = Path.of("target/screenshots");
  /** Where this run's screenshots go (the PostgreSQL run's in a folder of its own). */
  private static Path shotsDir = SHOTS;
  private static RunningServer server;
  private static String hostileArticle;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start(@TempDir Path profile, @TempDir Path store, @TempDir Path scratch)
      throws IOException {
    startOn(store, SHOTS, profile, scratch);
  }

  /**
   * Serves the store in folder {@code store} (the SQLite store, or a PostgreSQL store's working
   * folder: {@link WebAppBrowserPostgresIT}), screenshots to {@code shotsIn}.
   */
  static void startOn(Path store, Path shotsIn, Path profile, Path scratch) throws IOException {
    HeadlessChromium.assumeInstalled();
    shotsDir = shotsIn;
    server = Serving.serve(Isnad.with(2, ServedCase.FIXED), store,
        "127.0.0.1", 0, null, ProgressListener.NONE);
    browser = HeadlessChromium.start(profile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(shotsDir);
    uploadTheCase(scratch);
  }

  /**
   * The case is made through the upload page: the sample pages and the page with payloads,
   * chosen at once with the file input and submitted from the keyboard; each is listed as
   * added with a link to its article.
   */
  private static void uploadTheCase(Path scratch) throws IOException {
    List<Path> pages = new ArrayList<>();
    try (var files = Files.list(Path.of("samples/seeds"))) {
      files.sorted().forEach(pages::add);
    }
    pages.add(ServedCase.hostilePage());
    Path picture = Files.write(scratch.resolve("not-a-page.html"), new byte[] {(byte) 0x89, 'P',
        'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1});
    Path menus = Files.writeString(scratch.resolve("menus-only.html"),
        "<html><body><nav><a href=\"/\">الرئيسية</a> <a href=\"/a\">اتصل بنا</a></nav>"
            + "</body></html>");
    List<Path> all = new ArrayList<>(pages);
    all.add(picture);
    all.add(menus);
    browser.get(server.url() + "#/upload");
    heading("إضافة وثائق");
    WebElement input = browser.findElement(By.id("files"));
    assertEquals("files", browser.findElement(By.cssSelector("label[for=files]"))
        .getAttribute("for"));
    assertEquals("لم تُختر ملفات بعد", browser.findElement(By.id("files-chosen")).getText());
    input.sendKeys(String.join("\n", all.stream().map(p -> p.toAbsolutePath().toString())
        .toList()));
    assertTrue(browser.findElement(By.id("files-chosen")).getText().startsWith(all.size()
        + " ملفات"), "the chosen files are told in Arabic");
    browser.findElement(By.cssSelector("form.upload button[type=submit]")).sendKeys(Keys.ENTER);
    WebDriverWait slow = new WebDriverWait(browser, Duration.ofSeconds(150));
    slow.until(ExpectedConditions.textToBe(By.id("upload-status"), "تم"));
    List<WebElement> outcomes = browser.findElements(By.cssSelector("#upload-results li"));
    assertEquals(all.size(), outcomes.size());
    for (WebElement o : outcomes.subList(0, pages.size())) {
      assertTrue(o.getAttribute("class").contains("added"), o.getText());
      assertFalse(o.findElements(By.cssSelector("a[href^='#/article/']")).isEmpty());
    }
    WebElement failed = outcomes.get(pages.size());
    assertTrue(failed.getAttribute("class").contains("failed"), failed.getText());
    assertTrue(failed.getText().contains("ليس صفحة نص أو HTML"), failed.getText());
    assertFalse(failed.getText().contains("binary-content"), "the code is named, not shown: "
        + failed.getText());
    assertTrue(outcomes.get(pages.size() + 1).getText().contains("لا مقال في الصفحة"));
    WebElement hostile = outcomes.get(pages.size() - 1);
    assertTrue(hostile.getText().contains("hostile"), "named by its file: " + hostile.getText());
    String href = hostile.findElement(By.cssSelector("a[href^='#/article/']"))
        .getAttribute("href");
    hostileArticle = href.substring(href.indexOf("#/article/") + "#/article/".length());
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
    Files.write(shotsDir.resolve(name + ".png"),
        ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static WebElement heading(String text) {
    wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
    return browser.findElement(By.cssSelector("main h1"));
  }

  /** The steps issue 17 lists, in its order, after the upload of {@link #start}. */
  @Test
  @Order(1)
  void aReaderFollowsTheIssuesStepsInOrder() throws IOException {
    openTheTimeline();
    String name = filterByAnActorTypedByName();
    openAnEventWithSeveralReports(name);
    List<String> sentences = browser.findElements(By.cssSelector("p.paragraph mark")).stream()
        .map(m -> m.getText().replaceAll("\\s+", "")).toList();
    seeItsSentenceHighlightedInTheArticle(sentences);
    searchTheNameWithoutItsHamza();
    switchToEnglish();
    payloadsAreShownAsText();
  }

  private static void openTheTimeline() throws IOException {
    browser.get(server.url());
    heading("الخط الزمني");
    WebElement html = browser.findElement(By.tagName("html"));
    assertEquals("rtl", html.getAttribute("dir"));
    assertEquals("ar", html.getAttribute("lang"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.day h3")));
    WebElement from = browser.findElement(By.id("filter-from"));
    assertEquals("text", from.getAttribute("type"), "no mm/dd/yyyy date widget");
    WebElement hint = browser.findElement(By.id("hint-from"));
    assertTrue(hint.getText().contains("سنة-شهر-يوم"), hint.getText());
    from.sendKeys("2024-13-01");
    assertEquals(Boolean.FALSE, ((ChromeDriver) browser).executeScript(
        "return arguments[0].checkValidity();", from));
    assertTrue(from.getAttribute("validationMessage").contains("سنة-شهر-يوم"));
    from.clear();
    from.sendKeys("2024-12-08");
    wait.until(ExpectedConditions.textToBePresentInElement(hint, "ديسمبر"));
    assertTrue(hint.getText().contains("الأحد 8 ديسمبر 2024"), hint.getText());
    from.clear();
    shot("01-timeline");
  }

  /** Types part of a name in the actor filter, picks the suggestion, applies the filter. */
  private static String filterByAnActorTypedByName() throws IOException {
    WebElement actor = browser.findElement(By.id("filter-actor"));
    actor.sendKeys("بوتي");
    By option = By.cssSelector("#names-actor option");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(option, 0));
    String name = browser.findElements(option).get(0).getAttribute("value");
    assertTrue(name.contains("بوتين"), name);
    actor.clear();
    actor.sendKeys(name);
    browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("actor="));
    WebElement filter = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("main p.active-filter")));
    assertTrue(filter.getText().contains(name), "the filter is named: " + filter.getText());
    assertEquals(name, browser.findElement(By.id("filter-actor")).getAttribute("value"));
    List<WebElement> events = browser.findElements(By.cssSelector("main article.event"));
    assertFalse(events.isEmpty());
    events.forEach(e -> assertTrue(e.getText().contains(name), e.getText()));
    shot("02-filtered-by-actor");
    return name;
  }

  /**
   * Opens the actor's event told by most reports: its reports come one card per article, its
   * sentences marked in their paragraphs, why they were merged in Arabic.
   */
  private static void openAnEventWithSeveralReports(String name) throws IOException {
    WebElement most = null;
    int mostReports = 0;
    for (WebElement e : browser.findElements(By.cssSelector("main article.event"))) {
      String meta = e.findElement(By.cssSelector("p.meta")).getText();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) تقارير").matcher(meta);
      int reports = m.find() ? Integer.parseInt(m.group(1)) : meta.contains("تقريران") ? 2 : 1;
      if (reports > mostReports) {
        most = e;
        mostReports = reports;
      }
    }
    assertTrue(mostReports > 1, "an event of " + name + " with several reports");
    most.findElement(By.cssSelector("h3 a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("section[aria-labelledby=reports] p.paragraph mark")));
    List<WebElement> cards = browser.findElements(By.cssSelector("article.report"));
    java.util.Set<String> articles = new java.util.HashSet<>();
    for (WebElement card : cards) {
      String href = card.findElement(By.cssSelector("p.meta a[href^='#/article/']"))
          .getAttribute("href");
      assertTrue(articles.add(href), "one card per article: " + href);
    }
    int marks = browser.findElements(By.cssSelector("article.report p.paragraph mark")).size();
    assertEquals(mostReports, marks, "each report's sentence marked once");
    assertTrue(cards.size() < marks, "an article's several reports share its card");
    assertFalse(browser.findElements(By.cssSelector("ol.chain li")).isEmpty());
    List<WebElement> bases = browser.findElements(By.cssSelector(".report-line .when-basis"));
    assertEquals(marks, bases.size(), "each report says where its date comes from");
    bases.forEach(b -> assertTrue(b.getText().startsWith("التاريخ: "), b.getText()));
    String dateBasis = browser.findElement(By.id("date-basis")).getText();
    assertFalse(dateBasis.matches("(?s).*\\b(sentence|context|untied|none)\\b.*"), dateBasis);
    String basis = browser.findElement(By.id("basis-lines")).getText();
    assertTrue(basis.contains("المقال نفسه") || basis.contains("ينضم"), basis);
    for (String english : List.of("same article", "later reports", "shares", "joins",
        "definite noun", "article d")) {
      assertFalse(basis.contains(english), english + " in " + basis);
    }
    assertFalse(java.util.regex.Pattern.compile("\\be[0-9a-f]{12}\\b").matcher(basis).find(),
        "entities named, not ids: " + basis);
    assertFalse(browser.findElement(By.tagName("main")).getText().contains("article d"),
        "a page of unknown outlet is named by its title");
    shot("03-event");
  }

  /** Follows a report to its article: the sentence marked on the event page is highlighted. */
  private static void seeItsSentenceHighlightedInTheArticle(List<String> sentences)
      throws IOException {
    assertFalse(sentences.isEmpty() || sentences.get(0).isBlank());
    browser.findElement(By.cssSelector("section[aria-labelledby=reports] "
        + ".report-line a[href^='#/article/']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-text .hl")));
    StringBuilder marked = new StringBuilder();
    browser.findElements(By.cssSelector(".article-text .hl")).forEach(e ->
        marked.append(e.getText()));
    assertTrue(sentences.contains(marked.toString().replaceAll("\\s+", "")),
        marked + " among " + sentences);
    assertEquals("highlight", browser.switchTo().activeElement().getAttribute("id"),
        "the highlighted sentence has the focus");
    shot("04-sentence-in-article");
  }

  private static void searchTheNameWithoutItsHamza() throws IOException {
    browser.findElement(By.cssSelector("#nav a[href='#/search']")).click();
    heading("بحث");
    assertEquals("بحث — إسناد", browser.getTitle(), "the window is named in Arabic");
    WebElement q = browser.findElement(By.cssSelector("form.search input[name=q]"));
    q.sendKeys("الاسد");
    browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits mark")));
    assertTrue(browser.findElements(By.cssSelector("ol.hits mark")).stream()
        .anyMatch(m -> m.getText().contains("الأسد")));
    assertTrue(browser.findElements(By.cssSelector("ol.hits mark")).stream()
        .anyMatch(m -> m.getText().contains("بالأسد") || m.getText().contains("للأسد")
            || m.getText().contains("الأسد")));
    shot("05-search");
  }

  private static void switchToEnglish() throws IOException {
    browser.findElement(By.id("language")).click();
    heading("Search");
    assertEquals("Search — isnad", browser.getTitle());
    WebElement html = browser.findElement(By.tagName("html"));
    assertEquals("ltr", html.getAttribute("dir"));
    assertEquals("en", html.getAttribute("lang"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits mark")));
    shot("06-english");
    browser.findElement(By.cssSelector("#nav a[href='#/audit']")).click();
    heading("Audit");
    String audit = mainText("#unread");
    assertTrue(audit.contains("not a text or HTML page"), audit);
    browser.findElement(By.id("language")).click();
    heading("التدقيق");
    audit = mainText("#unread");
    assertTrue(audit.contains("ليس صفحة نص أو HTML") && audit.contains("لا مقال في الصفحة"),
        audit);
    for (String code : List.of("binary-content", "no-article", "failed", "PNG image")) {
      assertFalse(audit.contains(code), code + " in " + audit);
    }
    assertTrue(mainText("table").contains("ليس صفحة نص أو HTML"), "problems named");
    shot("06b-audit-arabic");
  }

  private static void payloadsAreShownAsText() throws IOException {
    browser.get(server.url() + "#/article/" + hostileArticle);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-text")));
    String text = browser.findElement(By.cssSelector(".article-text")).getText();
    assertTrue(text.contains(ServedCase.SCRIPT), text);
    assertTrue(text.contains(ServedCase.ONERROR), text);
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertTrue(browser.findElements(By.cssSelector("main img, main script")).isEmpty());
    shot("07-payloads-as-text");
  }

  /** A statement shows one pair of quote marks: those the page adds, not the text's too. */
  @Test
  @Order(2)
  void aStatementIsQuotedOnce() throws IOException {
    String id = new Http(server.url()).json("/api/v1/entities?kind=person&limit=1&q="
        + Http.encode("بوتين")).get("items").get(0).get("id").asText();
    browser.get(server.url() + "#/entity/" + id);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main li q")));
    List<WebElement> quotes = browser.findElements(By.cssSelector("main li q"));
    assertFalse(quotes.isEmpty());
    for (WebElement q : quotes) {
      String text = q.getText().strip();
      assertFalse(text.matches("^[\"'«»“”„‘’].*") || text.matches(".*[\"'«»“”„‘’]$"),
          "quote marks inside the quote: " + text);
    }
    assertEquals("«", ((ChromeDriver) browser).executeScript("return getComputedStyle("
        + "arguments[0], '::before').content === 'open-quote' ? '«' : '?';", quotes.get(0)));
    shot("11-statements-quoted-once");
  }

  @Test
  @Order(3)
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

  /**
   * Outlets stored as a dataset's codes (SaudiNewsNet's {@code okaz}, {@code sabq}) are shown by
   * their names on the timeline, the event and the article; the event says why it has its date.
   * The two articles are written for this test ({@code outlet-codes.jsonl}, in SaudiNewsNet's
   * fields).
   */
  @Test
  @Order(4)
  void outletsAreNamedAndAnEventSaysWhereItsDateComesFrom() throws Exception {
    Path jsonl = Path.of(WebAppBrowserIT.class.getResource("outlet-codes.jsonl").toURI());
    try (ApiServer coded = ApiServer.start(new AnalysisView(Isnad.with(2, ServedCase.FIXED)
        .analyze(List.of(jsonl.toString()), ProgressListener.NONE)),
        new ServerSettings("127.0.0.1", 0, null))) {
      browser.get(coded.url() + "#/timeline");
      String timeline = mainText("article.event p.meta");
      assertTrue(timeline.contains("عكاظ") && timeline.contains("سبق"), timeline);
      assertFalse(timeline.contains("okaz") || timeline.contains("sabq"), timeline);
      assertTrue(browser.findElements(By.cssSelector("#outlets-outlet option")).stream()
          .anyMatch(o -> "okaz".equals(o.getAttribute("value"))), "outlets suggested by code");
      browser.findElement(By.cssSelector("main article.event h3 a")).click();
      String basis = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.id("date-basis"))).getText();
      assertTrue(basis.startsWith("التاريخ: ") && basis.contains("من نص الخبر"), basis);
      List<String> cards = browser.findElements(By.cssSelector("article.report h3.outlet"))
          .stream().map(WebElement::getText).sorted().toList();
      assertEquals(List.of("سبق", "عكاظ"), cards);
      List<WebElement> lines = browser.findElements(By.cssSelector(".report-line .when-basis"));
      assertEquals(2, lines.size());
      lines.forEach(l -> assertTrue(l.getText().contains("التاريخ: من نص الخبر"), l.getText()));
      assertFalse(browser.findElement(By.tagName("main")).getText().contains("okaz"),
          "the chain's publisher is named too");
      browser.findElement(By.cssSelector("article.report p.meta a[href^='#/article/']")).click();
      String outlet = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("main p.meta .outlet"))).getText();
      assertTrue(List.of("سبق", "عكاظ").contains(outlet), outlet);
      browser.findElement(By.id("language")).click();
      wait.until(ExpectedConditions.textToBe(By.cssSelector("main p.meta .outlet"),
          outlet.equals("سبق") ? "Sabq" : "Okaz"));
      browser.findElement(By.id("language")).click();
      wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ar"));
    }
  }

  /**
   * An event the reports place in a window rather than on one day ({@code when} null, earliest
   * and latest given) opens the timeline's dated list: it is headed by its window (once this
   * threw and the page showed an error instead, seen on the 31,030-article store).
   */
  @Test
  @Order(5)
  void anEventWithoutOneDayIsHeadedByItsWindow() {
    Analysis c = ContestedCase.build();
    Event e = c.timeline().events().get(0);
    Event window = new Event(e.id(), e.type(), e.summary(), e.modality(), null, "2024",
        "2024-12-09", e.actors(), e.places(), e.reports(), e.independent(), e.status(),
        e.conflicts(), e.story(), e.basis(), e.agents());
    Timeline t = c.timeline();
    Analysis windowed = new Analysis(c.generatedAt(), c.annotated(), c.entities(),
        new Timeline(t.mentions(), List.of(window), t.stories(), t.copies(), t.storyOf(),
            t.published()), c.skipped());
    try (ApiServer server = ApiServer.start(new AnalysisView(windowed),
        new ServerSettings("127.0.0.1", 0, null))) {
      browser.get(server.url() + "#/timeline");
      heading("الخط الزمني");
      WebElement day = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("section.day h3")));
      assertTrue(day.getText().contains("2024") && day.getText().contains("9 ديسمبر 2024"),
          day.getText());
      assertEquals(1, browser.findElements(By.cssSelector("section.day article.event")).size());
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
  @Order(6)
  void everyPageReadsInTheReadersLanguageWithCountsThatAgree() throws IOException {
    browser.get(server.url() + "#/stories");
    heading("القصص");
    String stories = mainText("article.event h2");
    noPlaceholders(stories);
    shot("10-stories");
    openAStory();
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

  /**
   * A story opens on its own page from the stories list: its title, dates and outlets in
   * words, its articles and events; an event of it links back to it.
   */
  private static void openAStory() throws IOException {
    WebElement first = browser.findElement(By.cssSelector("main article.event h2 a"));
    String title = first.getText();
    first.click();
    heading(title);
    String page = mainText("#story-events");
    noPlaceholders(page);
    assertTrue(page.contains("مقالات القصة") && page.contains("تاريخ النشر"), page);
    assertFalse(browser.findElements(By.cssSelector("#story-article-list li a")).isEmpty(),
        "the story lists its articles");
    shot("10b-story");
    List<WebElement> events = browser.findElements(By.cssSelector("main article.event h3 a"));
    if (!events.isEmpty()) {
      events.get(0).click();
      WebElement back = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("main p.story-of a")));
      assertEquals(title, back.getText());
    }
  }

  @Test
  @Order(7)
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
  @Order(8)
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

  /** The README links every screenshot the steps above wrote, so readers find them. */
  @Test
  @Order(9)
  void theReadmeLinksEveryScreenshot() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    List<String> shots;
    try (var files = Files.list(shotsDir)) {
      shots = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png"))
          .sorted().toList();
    }
    assertTrue(shots.size() >= 13, shots.toString());
    for (String name : shots) {
      assertTrue(readme.contains("(target/screenshots/" + name + ")"), "README links " + name);
    }
  }
}
