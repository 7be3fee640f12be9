package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;
import org.junit.jupiter.api.Test;

/** Furniture glued to a paragraph on one line: only the furniture is dropped. */
class GluedFurnitureTest {
  private static final String TITLE = "انتهاء الاجتماع بين الطرفين دون اتفاق";
  private static final String BODY = "قال المتحدث باسم الوزارة إن الاجتماع انتهى مساء اليوم دون "
      + "اتفاق على البنود العالقة بين الطرفين.";
  /** A paragraph of more than 30 words. */
  private static final String PARAGRAPH = "وفي هذا السياق نقلت وكالة الأنباء الرسمية عن مصادر "
      + "محلية قولها إن القوات الحكومية بدأت صباح اليوم عملية واسعة في ريف المحافظة الجنوبي بعد "
      + "أيام من المعارك العنيفة التي أدت إلى مقتل العشرات من الطرفين ونزوح مئات العائلات من "
      + "القرى القريبة من خطوط التماس باتجاه المدينة .";

  private static Extraction extract(String content) {
    Document document = new Document("dglued", "glued.txt", "0", Format.TEXT, "UTF-8", content,
        SourceHints.none(), null, List.of());
    return new TextPageExtractor().extract(document, SiteTemplate.empty());
  }

  private static boolean droppedAs(Extraction extraction, String text, DropReason reason) {
    return extraction.dropped().stream()
        .anyMatch(d -> d.text().equals(text) && d.reason() == reason);
  }

  @Test
  void aReadAlsoPhraseGluedBeforeAParagraphIsCutOff() {
    Extraction extraction = extract(TITLE + "\n" + BODY + "\nإقرأ المزيد " + PARAGRAPH);
    Article article = extraction.articles().get(0);
    assertTrue(article.text().contains(PARAGRAPH), article.text());
    assertFalse(article.text().contains("إقرأ المزيد"));
    assertTrue(droppedAs(extraction, "إقرأ المزيد", DropReason.READ_ALSO));
  }

  @Test
  void theColonAfterTheReadAlsoPhraseGoesWithIt() {
    Extraction extraction = extract(TITLE + "\n" + BODY + "\nاقرأ أيضاً : " + PARAGRAPH);
    assertTrue(extraction.articles().get(0).text().endsWith(PARAGRAPH));
    assertTrue(droppedAs(extraction, "اقرأ أيضاً :", DropReason.READ_ALSO));
  }

  @Test
  void aReadAlsoHeadlineWithoutAParagraphStaysDropped() {
    Extraction extraction = extract(TITLE + "\n" + BODY
        + "\nاقرأ أيضا: الجيش يسيطر على قرى جديدة في ريف المحافظة الجنوبي.");
    assertFalse(extraction.articles().get(0).text().contains("الجيش يسيطر"));
  }

  @Test
  void aReadAlsoLineOfTailChromeStaysDroppedWhole() {
    String tail = "اقرأ أيضا : المصدر : وكالات - الموقع كلمات دلالية : روابط ذات صلة " + PARAGRAPH;
    Extraction extraction = extract(TITLE + "\n" + BODY + "\n" + tail);
    assertFalse(extraction.articles().get(0).text().contains("وفي هذا السياق"));
    assertTrue(droppedAs(extraction, tail, DropReason.READ_ALSO));
  }

  @Test
  void aBiographyAfterAReadAlsoPhraseIsNotBody() {
    String bio = "اقرأ أيضا صحفي متخصص في شؤون الشرق الأوسط ومترجم معتمد , خبرة في مجال الترجمة "
        + "والصحافة أحد عشر عاما عمل في عدد من الصحف والمجلات العربية الإلكترونية والورقية في "
        + "القاهرة وإسطنبول وبيروت وعمان ودبي والرياض والدوحة .";
    Extraction extraction = extract(TITLE + "\n" + BODY + "\n" + bio);
    assertFalse(extraction.articles().get(0).text().contains("صحفي متخصص"));
  }

  @Test
  void aFooterGluedAfterTheLastSentenceIsCutOff() {
    String last = "وقال الوزير إنه يعتزم إجراء محادثات مع نظرائه في المنطقة بعد عودته من الجولة .";
    String footer = "- ( رويترز ) التعليق 2018 جميع حقوق النشر محفوظة لجريدة الموقع";
    Extraction extraction = extract(TITLE + "\n" + BODY + "\n" + last + " " + footer);
    Article article = extraction.articles().get(0);
    assertTrue(article.text().endsWith(last), article.text());
    assertTrue(droppedAs(extraction, footer, DropReason.NON_CONTENT));
  }

  /**
   * A line cut after its last sentence before a footer phrase (found by the JSONL fuzzer): the
   * piece after the cut starts after the space there, so each segment's text is the source's
   * text at the segment's offsets.
   */
  @Test
  void thePieceAfterACutStartsWhereItsTextDoes() {
    String rest = PARAGRAPH.substring(0, PARAGRAPH.length() - 2) + " جميع حقوق النشر محفوظة";
    Extraction extraction = extract(TITLE + "\n" + BODY + " " + rest);
    String text = extraction.articles().get(0).text();
    assertTrue(text.contains(BODY + "\n\n" + PARAGRAPH.substring(0, 20)), text);
    ExtractionChecks.checkExtraction(extraction);
  }

  @Test
  void aTeaserEndingInAnEllipsisIsNotKeptBeforeAFooter() {
    String line = "هجمة جديدة ضد منظمات المجتمع المدني يدفع الثمن فيها الباحثون عن وضع . . . "
        + "جميع الحقوق محفوظة لجريدة الموقع 2018";
    Extraction extraction = extract(TITLE + "\n" + BODY + "\n" + line);
    assertFalse(extraction.articles().get(0).text().contains("هجمة جديدة"));
    assertTrue(droppedAs(extraction, line, DropReason.NON_CONTENT));
  }

  @Test
  void aShortCopyrightLineIsFooter() {
    Extraction extraction = extract(TITLE + "\n" + BODY + "\nأخبار برامج خدمات جميع الحقوق "
        + "محفوظة لقناة الموقع 2018");
    assertFalse(extraction.articles().get(0).text().contains("الحقوق"));
  }

  @Test
  void aReporterLineIsBodyNotAnAuthorBox() {
    String line = "مراسلة القناة تفيد بأن الجيش أعاد فتح الطريق الدولي بين المدينتين صباح اليوم .";
    Extraction extraction = extract(TITLE + "\n" + BODY + "\n" + line);
    assertTrue(extraction.articles().get(0).text().contains(line));
  }

  @Test
  void aReporterPrefixKeepsItsParagraph() {
    String line = "مراسل الوكالة : احتفالات في أحياء المدينة بعد فك الحصار المفروض عليها منذ "
        + "ثلاث سنوات .";
    Extraction extraction = extract(TITLE + "\n" + BODY + "\n" + line);
    assertTrue(extraction.articles().get(0).text().contains(line));
    assertTrue(extraction.dropped().stream().map(Dropped::reason)
        .noneMatch(r -> r == DropReason.AUTHOR_BIO));
  }

  @Test
  void aJournalistBiographyIsStillAnAuthorBox() {
    Extraction extraction = extract(TITLE + "\n" + BODY
        + "\nسامر الحلبي\nكاتب صحفي يعمل في التحرير المكتوب والمسموع.");
    assertEquals("سامر الحلبي", extraction.articles().get(0).author());
  }

  @Test
  void afterLastSentenceSkipsASpacedEllipsis() {
    assertEquals(6, GluedFurniture.afterLastSentence("جملة . تشويق . . . حقوق", 6));
    assertEquals(-1, GluedFurniture.afterLastSentence("تشويق . . . حقوق", 4));
  }

  @Test
  void aPostListCommentLinkNamesTheNextArticle() {
    String post = "التعليقات على وزير الخارجية يزور العاصمة لبحث الأزمة مغلقة " + PARAGRAPH;
    Extraction extraction = extract(TITLE + "\n" + BODY + "\n" + post);
    assertEquals(2, extraction.articles().size());
    Article second = extraction.articles().get(1);
    assertEquals("وزير الخارجية يزور العاصمة لبحث الأزمة", second.title());
    assertEquals(PARAGRAPH, second.text());
    assertFalse(extraction.articles().get(0).text().contains("وفي هذا السياق"));
    assertTrue(droppedAs(extraction, "التعليقات على", DropReason.COMMENT_FORM));
    assertTrue(droppedAs(extraction, "مغلقة", DropReason.COMMENT_FORM));
  }

  @Test
  void aShortExcerptAfterACommentLinkStaysFurniture() {
    String post = "التعليقات على وزير الخارجية يزور العاصمة مغلقة وصل الوزير مساء اليوم .";
    Extraction extraction = extract(TITLE + "\n" + BODY + "\n" + post);
    assertEquals(1, extraction.articles().size());
    assertTrue(droppedAs(extraction, post, DropReason.COMMENT_FORM));
  }

  @Test
  void aTitleRepeatedWithTheSiteHeaderAtTheTopOfTheBodyIsDropped() {
    String title = "قوات الأمن تحبط هجوما على الحدود الشمالية للبلاد . . ومسؤول أمني يكشف : هذه "
        + "حقيقة التنظيم الذي أعلن مسؤوليته عن الهجمات السابقة في المنطقة ? ! ? !";
    String framed = "أخبار البلد \" \" " + title;
    Extraction extraction = extract(title + "\n" + framed + "\n" + title + "\n"
        + BODY + "\n" + framed + "\n" + PARAGRAPH);
    Article article = extraction.articles().get(0);
    assertEquals(title, article.title());
    assertFalse(article.text().contains("قوات الأمن"), article.text());
    assertTrue(droppedAs(extraction, framed, DropReason.DUPLICATE_TITLE));
    assertTrue(article.text().startsWith(BODY), article.text());
  }

  @Test
  void aSentenceHoldingTheTitleIsNoRepeat() {
    String title = "الجيش يسيطر على المدينة بعد معارك عنيفة";
    String sentence = "وقال المتحدث إن الجيش يسيطر على المدينة بعد معارك عنيفة";
    Extraction extraction = extract(title + "\n" + BODY + "\n" + sentence + ".");
    assertTrue(extraction.articles().get(0).text().contains(sentence));
  }
}
