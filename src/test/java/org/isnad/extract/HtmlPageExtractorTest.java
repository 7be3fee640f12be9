package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.Basis;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Segment;
import org.isnad.model.Severity;
import org.isnad.model.SourceHints;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Rules, bad pages and source mapping of {@link HtmlPageExtractor}. */
class HtmlPageExtractorTest {
  private static final String PARAGRAPH = "<p>قال المسؤول إن الحكومة ستعقد اجتماعاً طارئاً، "
      + "وأضاف أن القرار سيصدر خلال الأيام المقبلة بعد مشاورات مع الأطراف المعنية.</p>";
  private final HtmlPageExtractor extractor = new HtmlPageExtractor();

  private static Document page(String html) {
    return new Document("d1", "test.html", "0", Format.HTML, "UTF-8", html, SourceHints.none(),
        null, List.of());
  }

  private static String code(Extraction extraction) {
    return extraction.problems().stream().filter(Problem::fatal).map(p -> p.code().code())
        .findFirst().orElse(null);
  }

  @Test
  void nullDocumentIsACallerMistake() {
    assertThrows(NullPointerException.class, () -> extractor.extract(null));
  }

  @Test
  void emptyPageIsNoContent() {
    assertEquals("no-content", code(extractor.extract(page(""))));
    assertEquals("no-content", code(extractor.extract(page("<html><head><title>ع</title></head>"
        + "</html>"))));
  }

  @Test
  void scriptOnlyPageIsNoContent() {
    Extraction e = extractor.extract(page("<html><body><script>var a = 'نص طويل جداً في سكربت "
        + "وليس في الصفحة، لا يجب أن يقرأ';</script><style>p{}</style></body></html>"));
    assertEquals("no-content", code(e));
    assertTrue(e.articles().isEmpty());
  }

  @Test
  void menuOnlyPageIsNoArticle() {
    Extraction e = extractor.extract(page("<nav><a href=/>الرئيسية</a> <a href=/a>سياسة</a></nav>"
        + "<footer>جميع الحقوق محفوظة</footer>"));
    assertEquals("no-article", code(e));
    assertFalse(e.dropped().isEmpty());
  }

  @Test
  void binaryGarbageNeverThrows() {
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      junk.append((char) ((i * 7919) % 0xD7FF));
    }
    Extraction e = extractor.extract(page(junk.toString()));
    assertTrue(!e.articles().isEmpty() || e.failed());
  }

  @Test
  void hundredThousandNestedDivsDoNotOverflow() {
    int depth = 100_000;
    String html = "<html><body>" + "<div>".repeat(depth) + PARAGRAPH + "</div>".repeat(depth)
        + "</body></html>";
    Extraction e = extractor.extract(page(html));
    assertEquals(1, e.articles().size(), () -> e.problems().toString());
    assertTrue(e.articles().get(0).text().startsWith("قال المسؤول"));
  }

  @Test
  void hugePageIsCutWithAWarning() {
    String html = "<html><body>" + PARAGRAPH + "<div>" + "ا".repeat(HtmlPageExtractor.MAX_CHARS)
        + "</div></body></html>";
    Extraction e = extractor.extract(page(html));
    assertTrue(e.problems().stream().anyMatch(p -> p.code() == ProblemCode.PAGE_TRUNCATED
        && p.severity() == Severity.WARNING));
  }

  @Test
  void readAlsoShareAndTagsInsideTheBodyAreDropped() {
    Extraction e = extractor.extract(page("<article><div class=\"entry-content\">" + PARAGRAPH
        + "<p><strong>اقرأ أيضاً:</strong> <a href=/x>خبر آخر عن الموضوع نفسه</a></p>"
        + "<div class=\"post-share\">شارك: <a>فيسبوك</a> <a>تويتر</a></div>" + PARAGRAPH
        + "<div class=\"post-tags\"><a>سوريا</a> <a>دمشق</a></div></div></article>"));
    Article article = e.articles().get(0);
    assertEquals(2, article.text().split("\n\n").length);
    assertEquals(List.of("سوريا", "دمشق"), article.tags());
    assertTrue(has(e, DropReason.READ_ALSO));
    assertTrue(has(e, DropReason.SHARE_FOLLOW));
    assertTrue(has(e, DropReason.TAGS));
  }

  @Test
  void unlabelledListOfLinksInsideTheBodyIsARelatedList() {
    Extraction e = extractor.extract(page("<div id=x>" + PARAGRAPH + "<ul><li><a href=/1>عنوان "
        + "خبر مرتبط أول</a></li><li><a href=/2>عنوان خبر مرتبط ثان</a></li></ul>" + PARAGRAPH
        + "</div>"));
    assertEquals(2, e.articles().get(0).text().split("\n\n").length);
    assertTrue(has(e, DropReason.RELATED_LIST));
  }

  @Test
  void bodyListItemsAndSubheadingsAreKept() {
    Extraction e = extractor.extract(page("<div class=article-body>" + PARAGRAPH
        + "<h2>خلفية القرار</h2><ul><li>البند الأول من القرار يخص الأجور.</li></ul>" + PARAGRAPH
        + "</div>"));
    String text = e.articles().get(0).text();
    assertTrue(text.contains("\n\nخلفية القرار\n\n"));
    assertTrue(text.contains("البند الأول من القرار يخص الأجور."));
  }

  @Test
  void brSeparatedTextBecomesParagraphs() {
    Extraction e = extractor.extract(page("<div class=matn>السطر الأول من الخبر وفيه تفاصيل كافية "
        + "عن الحدث.<br><br>السطر الثاني من الخبر وفيه تفاصيل أخرى عن الحدث نفسه.</div>"));
    assertEquals(2, e.articles().get(0).text().split("\n\n").length);
  }

  @Test
  void contentHiddenInAFurnitureNamedBoxIsFoundByReadability() {
    String body = PARAGRAPH.repeat(4);
    Extraction e = extractor.extract(page("<html><body><div class=\"sidebar-layout\"><div>" + body
        + "</div></div></body></html>"));
    assertEquals(1, e.articles().size(), () -> e.problems().toString());
  }

  @Test
  void twoArticlesEachWithHeadingAndText() throws IOException {
    Extraction e = extractor.extract(HtmlPageGoldenTest.document(
        HtmlPageGoldenTest.DIR.resolve("two-articles.html")));
    assertEquals(2, e.articles().size());
    assertEquals("dhtml-a1", e.articles().get(0).id());
    assertEquals("dhtml-a2", e.articles().get(1).id());
    assertEquals("2025-01-21", e.articles().get(1).published().value());
    assertNull(e.articles().get(1).author());
  }

  @Test
  void teaserArticlesDoNotSplitThePage() {
    Extraction e = extractor.extract(page("<main><article><h1>الخبر الرئيسي</h1>" + PARAGRAPH
        + PARAGRAPH + PARAGRAPH + "</article><article><h3><a href=/t>خبر قصير</a></h3>"
        + "<p>مقتطف.</p></article></main>"));
    assertEquals(1, e.articles().size());
  }

  @Test
  void secondStoryWithoutItsOwnDateHasNone() {
    String story = "<article><h2>%s</h2>" + PARAGRAPH + PARAGRAPH + PARAGRAPH + "</article>";
    Extraction e = extractor.extract(page("<html><head><meta property=\"article:published_time\" "
        + "content=\"2024-01-02\"></head><body>" + story.formatted("القصة الأولى")
        + story.formatted("القصة الثانية") + "</body></html>"));
    assertEquals("2024-01-02", e.articles().get(0).published().value());
    assertEquals(Basis.NONE, e.articles().get(1).published().basis());
  }

  static List<Path> pages() throws IOException {
    return HtmlPageGoldenTest.pages();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everySegmentPointsAtTheElementHoldingItsParagraph(Path path) throws IOException {
    Document document = HtmlPageGoldenTest.document(path);
    Extraction e = extractor.extract(document);
    String content = document.content();
    for (Article article : e.articles()) {
      int paragraphs = article.text().split("\n\n").length;
      assertEquals(paragraphs, article.segments().size(), path + ": every paragraph mapped");
      for (Segment s : article.segments()) {
        String paragraph = codePoints(article.text(), s.start(), s.end());
        String source = codePoints(content, s.sourceStart(), s.sourceEnd());
        assertTrue(source.startsWith("<"), path + ": segment starts at a tag: " + source);
        String sourceText = Jsoup.parseBodyFragment(source).text();
        assertTrue(sourceText.replaceAll("\\s+", "").contains(paragraph.replaceAll("\\s+", "")),
            path + ": source " + source + " holds " + paragraph);
      }
    }
  }

  @Test
  void segmentsAreInCodePointsAfterAstralCharacters() {
    String html = "<div class=entry-content><p>😀😀 رموز</p>" + PARAGRAPH + "</div>";
    Article article = extractor.extract(page(html)).articles().get(0);
    Segment last = article.segments().get(article.segments().size() - 1);
    String source = codePoints(html, last.sourceStart(), last.sourceEnd());
    assertTrue(source.startsWith("<p>قال المسؤول"), source);
  }

  private static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  private static boolean has(Extraction e, DropReason reason) {
    return e.dropped().stream().map(Dropped::reason).anyMatch(reason::equals);
  }
}
