package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.ProblemCode;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;
import org.junit.jupiter.api.Test;

class TextPageExtractorTest {
  private static final String BODY_1 = "قال المتحدث باسم الوزارة إن الاجتماع انتهى مساء اليوم دون "
      + "اتفاق على البنود العالقة بين الطرفين.";
  private static final String BODY_2 = "وأضاف أن جولة جديدة من المحادثات ستعقد الأسبوع المقبل في "
      + "العاصمة بحضور الوسطاء الإقليميين والدوليين.";

  private static Extraction extract(String content) {
    return extract(content, SiteTemplate.empty());
  }

  private static Extraction extract(String content, SiteTemplate template) {
    Document document = new Document("dtest", "test.txt", "0", Format.TEXT, "UTF-8", content,
        SourceHints.none(), null, List.of());
    return new TextPageExtractor().extract(document, template);
  }

  private static Document page(String id, String content) {
    return new Document(id, id + ".txt", id, Format.TEXT, "UTF-8", content, SourceHints.none(),
        null, List.of());
  }

  @Test
  void theTitleAJsonlRowGivesIsTheFirstArticlesTitle() {
    Document document = new Document("drow", "feed.jsonl:3", "0", Format.TEXT, "UTF-8",
        "الرياض - واس\n" + BODY_1 + "\n" + BODY_2, new SourceHints(null,
        "خادم الحرمين يستقبل وزير الخارجية", null, null), null, List.of());
    Extraction extraction = new TextPageExtractor().extract(document, SiteTemplate.empty());
    assertEquals("خادم الحرمين يستقبل وزير الخارجية", extraction.articles().get(0).title());
  }

  @Test
  void characterReferencesInAGivenTitleAreDecoded() {
    Document document = new Document("dref", "feed.jsonl:4", "0", Format.TEXT, "UTF-8",
        BODY_1 + "\n" + BODY_2, new SourceHints(null,
        "&quot;فلكي&quot;: خسوف &#8220;القمر&#8221; الليلة &amp; غداً", null, null), null,
        List.of());
    Extraction extraction = new TextPageExtractor().extract(document, SiteTemplate.empty());
    assertEquals("\"فلكي\": خسوف \u201cالقمر\u201d الليلة & غداً",
        extraction.articles().get(0).title());
  }

  @Test
  void tickerAboveTheTitleIsDropped() {
    Extraction extraction = extract("ارتفاع أسعار الذهب في الأسواق المحلية اليوم\n"
        + "انتهاء الاجتماع بين الطرفين دون اتفاق على البنود\n" + BODY_1 + "\n" + BODY_2);
    Article article = extraction.articles().get(0);
    assertEquals("انتهاء الاجتماع بين الطرفين دون اتفاق على البنود", article.title());
    assertEquals(DropReason.TICKER, extraction.dropped().get(0).reason());
  }

  @Test
  void aTitlePrintedTwiceIsOneTitle() {
    Extraction extraction = extract("انتهاء الاجتماع دون اتفاق\n\nانتهاء الاجتماع دون اتفاق\n\n"
        + BODY_1);
    assertEquals("انتهاء الاجتماع دون اتفاق", extraction.articles().get(0).title());
    assertEquals(DropReason.DUPLICATE_TITLE, extraction.dropped().get(1).reason());
  }

  @Test
  void pageWithoutHeadlineHasNoTitle() {
    assertNull(extract(BODY_1 + "\n\n" + BODY_2).articles().get(0).title());
  }

  @Test
  void subheadingsInsideTheArticleAreKept() {
    Article article = extract("عنوان الخبر الرئيسي هنا\n" + BODY_1 + "\nتمويل دولي للمشروع\n"
        + BODY_2).articles().get(0);
    assertTrue(article.text().contains("\n\nتمويل دولي للمشروع\n\n"));
  }

  @Test
  void fieldsComeFromTheirLines() {
    Article article = extract("بيروت (رويترز)\nبقلم: سامر الحلبي\n" + BODY_1
        + "\nالمصدر: صحيفة النهار\nكلمات دلالية: لبنان، الكهرباء").articles().get(0);
    assertEquals("بيروت (رويترز)", article.dateline());
    assertEquals("سامر الحلبي", article.author());
    assertEquals("صحيفة النهار", article.credit());
    assertEquals("صحيفة النهار", article.outlet(), "a source line names the outlet when "
        + "nothing else does; an agency in the dateline does not");
    assertEquals(List.of("لبنان", "الكهرباء"), article.tags());
  }

  @Test
  void aPersonInTheAuthorBoxBeatsATeamByline() {
    Article article = extract("موقع الخبر – فريق التحرير\n" + BODY_1 + "\nسامر الحلبي\n"
        + "كاتب صحفي متخصص في الشؤون الاقتصادية").articles().get(0);
    assertEquals("سامر الحلبي", article.author());
    assertEquals("موقع الخبر", article.outlet());
  }

  @Test
  void aSecondArticleAfterTheEndOfTheFirstIsSplitOff() {
    Extraction extraction = extract(BODY_1 + "\nالمصدر: صحيفة النهار\nاقرأ أيضاً:\n"
        + "انفجار في مستودع للوقود جنوب المدينة\nحلب (الاتحاد)\n" + BODY_2 + "\n" + BODY_1);
    assertEquals(2, extraction.articles().size());
    Article second = extraction.articles().get(1);
    assertEquals("انفجار في مستودع للوقود جنوب المدينة", second.title());
    assertEquals("حلب (الاتحاد)", second.dateline());
    assertEquals("الاتحاد", second.outlet());
    assertEquals("صحيفة النهار", extraction.articles().get(0).outlet());
  }

  @Test
  void aLinkListAfterTheArticleIsNotASecondArticle() {
    Extraction extraction = extract(BODY_1 + "\nمقالات ذات صلة\n"
        + "انفجار في مستودع للوقود جنوب المدينة\nارتفاع أسعار الذهب في الأسواق المحلية");
    assertEquals(1, extraction.articles().size());
    assertEquals(DropReason.RELATED_LIST, extraction.dropped().get(2).reason());
  }

  @Test
  void templateLinesRepeatedAcrossPagesAreDropped() {
    SiteTemplate template = SiteTemplate.learn(List.of(page("a", "شبكة الأخبار\n" + BODY_1),
        page("b", "شبكة الأخبار\n" + BODY_2)));
    Extraction extraction = extract("شبكة الأخبار\n" + BODY_2, template);
    assertEquals(DropReason.SITE_TEMPLATE, extraction.dropped().get(0).reason());
  }

  @Test
  void sentencesRepeatedAcrossPagesAreNotTemplate() {
    SiteTemplate template = SiteTemplate.learn(List.of(page("a", BODY_1), page("b", BODY_1)));
    assertEquals(0, template.size(), "copies of one article keep their text");
  }

  @Test
  void emptyAndAllFurniturePagesFailWithAReason() {
    assertEquals(ProblemCode.NO_CONTENT, extract("  \n\n").problems().get(0).code());
    assertEquals(ProblemCode.NO_ARTICLE, extract("أخر الأخبار\nاترك تعليقاً\n").problems().get(0).code());
  }

  /**
   * A paragraph of over ten thousand words (many stories pasted without line breaks) is kept even
   * though a boilerplate phrase ("على تويتر") turns up somewhere in it.
   */
  @Test
  void aVeryLongParagraphIsNotFurnitureForAPhraseInside() {
    String paragraph = (BODY_1 + " وكتب الوزير على تويتر إن " + BODY_2 + " ").repeat(300);
    Extraction extraction = extract("انتهاء الاجتماع بين الطرفين دون اتفاق\n\n" + paragraph);
    assertEquals(1, extraction.articles().size(), extraction.dropped().stream()
        .map(d -> d.reason().toString()).toList().toString());
    assertTrue(extraction.articles().get(0).text().contains("على تويتر"));
  }
}
