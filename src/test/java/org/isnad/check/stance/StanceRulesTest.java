package org.isnad.check.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.Quote;
import org.isnad.model.Speaker;
import org.junit.jupiter.api.Test;

/** The stance rules, one per test, Arabic inline. */
class StanceRulesTest {
  static AnnotatedArticle article(String text) {
    return AnnotatedArticle.of(new Article("a1", "d1", null, text, null, null, null, null,
        List.of(), "ar", null, null, List.of()));
  }

  /** The article with one reported statement whose content is {@code content}. */
  static AnnotatedArticle withQuote(String text, String content) {
    int start = text.codePointCount(0, text.indexOf(content));
    int end = start + content.codePointCount(0, content.length());
    Quote quote = new Quote("a1-q1", "a1", start, end, content, "قال", 0, true,
        new Speaker("المتحدث", 0, 7, null), List.of());
    return article(text).withQuotes(List.of(quote));
  }

  private static SentenceCues cues(AnnotatedArticle article) {
    return SentenceCues.of(ArticleView.of(article))[0];
  }

  @Test
  void theOutletsDenialIsADenial() {
    SentenceCues c = cues(article("نفت وزارة الخارجية الروسية أن يكون الأسد قد طلب اللجوء."));
    assertEquals(1, c.denialOwn());
    assertEquals(0, c.denialReported());
  }

  @Test
  void aDenialWithAGluedConjunctionIsADenial() {
    assertEquals(1, cues(article("ونفت الوزارة الخبر جملة وتفصيلا.")).denialOwn());
  }

  @Test
  void spreadingChaosIsNoRumour() {
    assertEquals(0, cues(article("خططوا لإثارة الفتنة الطائفية وإشاعة الفوضى في البلاد."))
        .denialOwn());
    assertEquals(1, cues(article("وصفت الوزارة الخبر بأنه إشاعة.")).denialOwn());
  }

  @Test
  void aPhraseCueMatchesWordByWord() {
    assertEquals(1, cues(article("قالت الوزارة إن الخبر عار عن الصحة.")).denialOwn());
  }

  @Test
  void aDenialInsideSomeoneElsesStatementIsAReportedDenial() {
    String text = "قال المتحدث إن \"الوزارة نفت أن يكون الأسد قد طلب اللجوء\".";
    SentenceCues c = cues(withQuote(text, "الوزارة نفت أن يكون الأسد قد طلب اللجوء"));
    assertEquals(0, c.denialOwn());
    assertEquals(1, c.denialReported());
  }

  @Test
  void theOutletsOwnDenialOfTheClaimIsADisagreementAReportedOneIsNot() {
    String claim = "طلب الأسد اللجوء إلى روسيا";
    String own = "نفت وزارة الخارجية الروسية أن يكون الأسد قد طلب اللجوء إلى روسيا.";
    assertTrue(StanceFeatures.read(ClaimView.of(claim), ArticleView.of(article(own)))
        .ownDenial());
    String content = "الوزارة نفت أن يكون الأسد قد طلب اللجوء إلى روسيا";
    String reported = "قال المتحدث إن \"" + content + "\".";
    assertFalse(StanceFeatures.read(ClaimView.of(claim),
        ArticleView.of(withQuote(reported, content))).ownDenial());
    assertFalse(StanceFeatures.read(ClaimView.of(claim), ArticleView.of(article(
        "نفت الوزارة خبر زيارة الوفد التجاري."))).ownDenial(), "not this claim");
  }

  @Test
  void doubtAndAgreementAreCues() {
    SentenceCues c = cues(article("أكدت الوزارة ما تردد من أنباء عن الاجتماع."));
    assertTrue(c.agreement() >= 1, c.toString());
    assertTrue(c.doubtOwn() >= 1, c.toString());
  }

  @Test
  void alignmentFindsTheSentenceThatRepeatsTheClaimsNamesAndNumbers() {
    AnnotatedArticle a = article("انعقد مؤتمر اقتصادي في دبي أمس.\n"
        + "قتل 12 شخصا في غارة على مدينة إدلب يوم الاثنين.\n"
        + "وأعلنت الأمم المتحدة عن مساعدات جديدة.");
    ClaimView claim = ClaimView.of("مقتل 12 شخصا في غارة على إدلب");
    Alignment alignment = Alignment.of(claim, ArticleView.of(a));
    List<Integer> aligned = StanceFeatures.aligned(alignment.scores());
    assertEquals(1, aligned.get(0), java.util.Arrays.toString(alignment.scores()));
    assertTrue(alignment.numbersEqual(aligned));
    assertTrue(alignment.scores()[1] > 0.5, java.util.Arrays.toString(alignment.scores()));
  }

  @Test
  void aDifferentNumberInTheBestSentenceIsADifferentNumber() {
    AnnotatedArticle a = article("قتل 15 شخصا في غارة على مدينة إدلب يوم الاثنين.");
    Alignment alignment = Alignment.of(ClaimView.of("مقتل 12 شخصا في غارة على إدلب"),
        ArticleView.of(a));
    List<Integer> aligned = StanceFeatures.aligned(alignment.scores());
    assertTrue(alignment.numbersDiffer(aligned));
  }

  @Test
  void aNegatedClaimIsNegated() {
    assertTrue(ClaimView.of("لم يغادر الرئيس العاصمة").negated);
    assertTrue(!ClaimView.of("غادر الرئيس العاصمة").negated);
  }

  @Test
  void featuresAreNamedOneForOne() {
    double[] f = StanceFeatures.of("غادر الرئيس العاصمة", article("غادر الرئيس العاصمة أمس."));
    assertEquals(StanceFeatures.NAMES.size(), f.length);
    assertEquals(StanceFeatures.NAMES.size(), new java.util.HashSet<>(StanceFeatures.NAMES).size());
  }
}
