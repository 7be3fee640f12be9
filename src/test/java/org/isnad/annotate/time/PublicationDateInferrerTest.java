package org.isnad.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.Basis;
import org.isnad.model.Published;
import org.junit.jupiter.api.Test;

/** The publication date a text gives of itself, and only when it clearly does. */
class PublicationDateInferrerTest {
  private static Published inferred(String text) {
    Article article = ArticleBuilder.text(text).build();
    return TimeAnnotator.standard().annotate(article).published();
  }

  @Test
  void aPastMonthDatedInTheSameSentenceGivesTheYear() {
    Published p = inferred("انتهت المفاوضات في يونيو الماضي، وتحديداً في يونيو 2017، دون اتفاق.");
    assertEquals(Basis.CONTENT, p.basis());
    assertEquals("2017-07-01", p.earliest());
    assertEquals("2018-05-31", p.latest());
  }

  @Test
  void aPastMonthRestatedRightAfterGivesTheYear() {
    Published p = inferred("وقعت الحادثة في يونيو الماضي. وكان ذلك في يونيو 2017 بحسب الشرطة.");
    assertEquals("2017-07-01", p.earliest());
  }

  @Test
  void aPastDayDatedLaterInTheTextGivesTheYear() {
    Published p = inferred("هرب الأسد فجر يوم 8 ديسمبر الماضي إلى موسكو. وقالت الشبكة إن القصر "
        + "أصدر بياناً مساء 7 ديسمبر 2024. وبحلول فجر 8 ديسمبر 2024 أصبح القصر فارغاً.");
    assertEquals("2025-01-01", p.earliest());
  }

  @Test
  void aPastDayDatedWithTwoYearsGivesNothing() {
    Published p = inferred("هرب الأسد فجر يوم 8 ديسمبر الماضي إلى موسكو. وقالت الشبكة إن القصر "
        + "أصدر بياناً مساء 8 ديسمبر 2024. وكان قد زار موسكو في 8 ديسمبر 2019.");
    assertEquals(Basis.NONE, p.basis());
  }

  @Test
  void aFamousDayOfAnotherYearGivesNothingWhenTheTextDatesLaterMonths() {
    Published p = inferred("وقع الاعتداء على نقطة التفتيش يوم 11 سبتمبر الماضي. "
        + "وكانت الشبكة قد أعلنت في 21 مارس 2013 عن هجمات جديدة. "
        + "وذكّر بهجمات 11 سبتمبر 2001 على نيويورك.");
    assertEquals(Basis.NONE, p.basis());
  }

  @Test
  void aStaleYearElsewhereInTheTextGivesNothing() {
    Published p = inferred("صعد محمد بن سلمان إلى ولاية العهد في يونيو الماضي. "
        + "وكانت الإمارات قد وقعت اتفاقاً عام 2010. "
        + "وفي يونيو 2004 زار الأمير الإمارات لأول مرة.");
    assertEquals(Basis.NONE, p.basis());
    assertNull(p.value());
    assertNull(p.earliest());
  }

  @Test
  void aCurrentMonthWithoutItsYearStaysAMonthOfUnknownYear() {
    Published p = inferred("يعقد المؤتمر في العاشر من ديسمبر الجاري. "
        + "وقد أعلن عنه أمس. وفي ديسمبر 2009 عقد مثله.");
    assertEquals("XXXX-12", p.value());
    assertNull(p.earliest());
  }

  @Test
  void relativeExpressionsStayUnresolvedWithoutAReferenceDate() {
    List<String> found = TimeAnnotatorTest.found(
        "قتل 12 شخصاً أمس في هجوم، وقال الوزير يوم الأحد إن ذلك وقع في يونيو الماضي", null);
    assertEquals(List.of("أمس=null", "يوم الأحد=XXXX-WXX-7", "يونيو الماضي=XXXX-06"), found);
  }
}
