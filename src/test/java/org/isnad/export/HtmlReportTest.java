package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.isnad.model.Analysis;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Stage;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String TEXT = "قال الوزير <b>إن</b> الاجتماع انتهى.";

  @Test
  void escapesPageTextSoItCannotInjectMarkup() throws IOException {
    String html = render();
    assertFalse(html.contains("<b>إن</b>"));
    assertTrue(html.contains("&lt;b&gt;إن&lt;/b&gt;"));
  }

  @Test
  void isRightToLeftAndFoldsDroppedBlocksWithTheirReason() throws IOException {
    String html = render();
    assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assertTrue(html.contains("<details class=\"dropped\">"));
    assertTrue(html.contains("read-also"));
    assertTrue(html.contains("اقرأ أيضاً: خبر آخر"));
  }

  @Test
  void listsFailedDocuments() throws IOException {
    String html = render();
    assertTrue(html.contains("broken.pdf"));
    assertTrue(html.contains("binary-content"));
  }

  @Test
  void pagesWithoutAnArticleAreCountedAndListedApartFromFailures() throws IOException {
    String html = render();
    assertTrue(html.contains("3 documents · 1 articles · 1 without article · 1 failed · 0 skipped"),
        html);
    int failures = html.indexOf("مستندات تعذّرت معالجتها");
    int empty = html.indexOf("صفحات بلا مقال (1)");
    assertTrue(failures >= 0 && empty > failures, "failures first, then pages without article");
    assertTrue(html.substring(empty).contains("one-line.txt"));
    assertFalse(html.substring(failures, empty).contains("one-line.txt"), "not a failure");
  }

  @Test
  void skippedPathsAreCountedAndListedWithWhy() throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReport().write(Analysis.unannotated(Instant.EPOCH, List.of()).withSkipped(List.of(
        new org.isnad.model.Skipped("crawl/pipe", "not-regular-file", "a FIFO; never opened"))),
        out);
    String html = out.toString();
    assertTrue(html.contains("0 failed · 1 skipped"), html);
    int list = html.indexOf("مسارات لم تُقرأ (1)");
    assertTrue(list >= 0 && html.indexOf("crawl/pipe", list) > list, html);
    assertTrue(html.contains("not-regular-file — a FIFO; never opened"), html);
  }

  @Test
  void aRunAboveAFewHundredArticlesSaysTheReportIsForSmallRunsAndPointsToServe()
      throws IOException {
    String large = renderArticles(HtmlReport.LARGE_RUN_ARTICLES + 1);
    int notice = large.indexOf("<aside class=\"large-run\"");
    assertTrue(notice >= 0 && notice < large.indexOf("<header>"), "the notice comes first");
    String aside = large.substring(notice, large.indexOf("</aside>"));
    assertTrue(aside.contains("وعدد المقالات في هذه المجموعة "
        + (HtmlReport.LARGE_RUN_ARTICLES + 1)), aside);
    assertTrue(aside.contains("<code dir=\"ltr\">isnad serve PATH…</code>"), aside);
    assertFalse(renderArticles(HtmlReport.LARGE_RUN_ARTICLES).contains("large-run"),
        "a run at the limit has no notice");
  }

  /** A run of {@code count} one-article documents. */
  private static String renderArticles(int count) throws IOException {
    List<Extraction> extractions = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      Document d = new Document("d" + i, "p" + i + ".txt", "h" + i, Format.TEXT, "UTF-8", TEXT,
          null, null, List.of());
      extractions.add(new Extraction(d, List.of(ArticleBuilder.text(TEXT).id("d" + i + "-a1")
          .build()), List.of(), List.of()));
    }
    StringWriter out = new StringWriter();
    new HtmlReport().write(Analysis.unannotated(Instant.EPOCH, extractions), out);
    return out.toString();
  }

  @Test
  void escapeHandlesEveryMarkupCharacter() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", HtmlReport.escape(
        "<a href=\"x\" title='y'>&"));
  }

  private static String render() throws IOException {
    Document good = new Document("d1", "page.txt", "00", Format.TEXT, "UTF-8", TEXT, null, null,
        List.of());
    Article article = ArticleBuilder.text(TEXT).id("d1-a1").title("عنوان").outlet("الاتحاد")
        .build();
    Extraction ok = new Extraction(good, List.of(article),
        List.of(new Dropped(3, "اقرأ أيضاً: خبر آخر", DropReason.READ_ALSO)), List.of());
    Document bad = new Document("d2", "broken.pdf", "01", Format.TEXT, null, "", null, null,
        List.of(Problem.error(Stage.INGEST, ProblemCode.BINARY_CONTENT, "a PDF file")));
    Document oneLine = new Document("d3", "one-line.txt", "02", Format.TEXT, "UTF-8", "عاجل",
        null, null, List.of());
    Extraction empty = new Extraction(oneLine, List.of(), List.of(), List.of(Problem.error(
        Stage.EXTRACT, ProblemCode.NO_ARTICLE, "every line of the page is boilerplate: one-line.txt")));
    StringWriter out = new StringWriter();
    new HtmlReport().write(Analysis.unannotated(Instant.EPOCH,
        List.of(ok, Extraction.skipped(bad), empty)), out);
    return out.toString();
  }

  @Test
  void whyReportsAreOneEventReadsInArabicWithNames() {
    java.util.Map<String, org.isnad.model.Entity> entities = java.util.Map.of("e739",
        new org.isnad.model.Entity("e739", org.isnad.model.EntityType.PLACE, "عسير", List.of(), 3));
    assertEquals("d06 ينضم: يشترك في عسير؛ قوة الدليل 2؛ في اليوم نفسه [2015-08-06]",
        TimelineHtml.arabicBasis("d06 joins: shares e739; evidence 2; same day [2015-08-06]",
            entities, java.util.Map.of()));
    assertEquals("d07 ينضم: يشترك في الكلمات انتحاري، مسجد؛ قوة الدليل 0؛ أول تقرير من نوعه في"
        + " مقالين من القصة 3؛ في اليوم نفسه [2015-08-06]", TimelineHtml.arabicBasis("d07 joins:"
        + " words انتحاري، مسجد; evidence 0; the first report of its kind in two articles of story"
        + " 3; same day [2015-08-06]", entities, java.util.Map.of()));
  }

  @Test
  void countsAgreeWithTheirNounsAndUnknownPagesAreNamedByTitle() {
    assertEquals("تقرير واحد", TimelineHtml.counted(1, "تقرير واحد", "تقريران", "تقارير", "تقريرًا"));
    assertEquals("تقريران", TimelineHtml.counted(2, "تقرير واحد", "تقريران", "تقارير", "تقريرًا"));
    assertEquals("7 تقارير", TimelineHtml.counted(7, "تقرير واحد", "تقريران", "تقارير", "تقريرًا"));
    assertEquals("12 تقريرًا", TimelineHtml.counted(12, "تقرير واحد", "تقريران", "تقارير",
        "تقريرًا"));
    assertEquals("صفحة مجهولة الوسيلة «عنوان»", TimelineHtml.sourceLabel("article d1-a1",
        java.util.Map.of("d1-a1", "عنوان")));
    assertEquals("المقال نفسه «عنوان»: تقاريره اللاحقة تكمل تقريره الأول (يشترك في عسير؛ اسم معرّف"
        + " لا يسمّي أحدًا جديدًا؛ الجملة التالية، لا تسمّي أحدًا)", TimelineHtml.arabicBasis(
        "same article d0123456789ab-a1: later reports continue its first (shares e739; a definite"
        + " noun naming nobody new; the next sentence, naming nobody)", java.util.Map.of("e739",
        new org.isnad.model.Entity("e739", org.isnad.model.EntityType.PLACE, "عسير", List.of(), 3)),
        java.util.Map.of("d0123456789ab-a1", "عنوان")));
  }
}
