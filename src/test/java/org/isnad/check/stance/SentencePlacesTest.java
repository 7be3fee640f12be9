package org.isnad.check.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.isnad.check.Judgement;
import org.isnad.check.Stance;
import org.isnad.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * The places a claim and an article's sentences tell of, datelines left out, and the rule that
 * keeps a report of the same matter somewhere else from supporting the claim.
 */
class SentencePlacesTest {
  private static final String CLAIM = "نفت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا في جدة";

  /** The article of {@code text} with the entity mentions the engine finds in it. */
  private static AnnotatedArticle named(String text) {
    AnnotatedArticle bare = StanceRulesTest.article(text);
    return bare.withMentions(ClaimPlaces.ANNOTATOR.annotate(bare.article()));
  }

  private static String key(String word) {
    return StanceWords.STANDARD.key(StanceWords.terms(word).terms()[0]);
  }

  @Test
  void theClaimsPlacesAreThoseTheEntityAnnotatorFinds() {
    assertEquals(Set.of(key("جدة")), ClaimView.of(CLAIM).places());
    assertEquals(Set.of(), ClaimView.of("نفت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا")
        .places());
  }

  @Test
  void aPlaceThatFilesTheReportIsItsDatelineNotItsPlace() {
    ArticleView a = ArticleView.of(named(
        "ماجد الرفاعي- سبق- جدة: أعلنت وزارة الصحة اليوم عن إصابة جديدة بفيروس كورونا في الرياض."));
    String jeddah = key("جدة");
    assertFalse(a.places.places(0).contains(jeddah), a.places.places(0).toString());
    assertFalse(a.places.body(0).contains(jeddah), a.places.body(0).toString());
    assertTrue(a.places.places(0).contains(key("الرياض")),
        a.places.places(0).toString());
    assertFalse(a.places.anywhere(jeddah));
  }

  @Test
  void aBulletinOfCasesInAnotherCitySupportsNoClaimOnJeddah() {
    String riyadh = "ماجد الرفاعي- سبق- جدة: أعلنت وزارة الصحة اليوم تسجيل إصابات جديدة بفيروس "
        + "كورونا في الرياض.";
    StanceFeatures.Reading r = StanceFeatures.read(ClaimView.of(CLAIM),
        ArticleView.of(named(riyadh)));
    assertTrue(r.elsewhere(ClaimView.of(CLAIM)));
    String jeddah = "أعلنت وزارة الصحة اليوم تسجيل إصابات جديدة بفيروس كورونا في الرياض، "
        + "ونفت تسجيل أي إصابة في جدة.";
    assertFalse(StanceFeatures.read(ClaimView.of(CLAIM),
        ArticleView.of(named(jeddah))).elsewhere(ClaimView.of(CLAIM)));
    TrainedStanceJudge judge = StanceTraining.train(TrainedStanceJudgeTest.examples(), l -> { });
    String claim = "أعلنت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا في جدة";
    String there = "أعلنت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا في جدة صباح اليوم.";
    String elsewhere = "أعلنت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا في الرياض صباح "
        + "اليوم.";
    Judgement same = judge.judge(claim, named(there));
    assertEquals(Stance.AGREE, same.stance(), same.toString());
    Judgement other = judge.judge(claim, named(elsewhere));
    assertEquals(Stance.DISCUSS, other.stance(), other.toString());
  }

  @Test
  void aClaimWithoutAPlaceIsAboutTheCountryItNamesByItsAdjective() {
    String claim = "أعلنت وزارة الداخلية السعودية القبض على خلية إرهابية مرتبطة بتنظيم داعش";
    assertEquals(Set.of(key("السعودية")), ClaimView.of(claim).places());
    String tunis = "أعلنت وزارة الداخلية التونسية القبض على خلية إرهابية مرتبطة بتنظيم داعش.";
    assertTrue(StanceFeatures.read(ClaimView.of(claim), ArticleView.of(named(tunis)))
        .elsewhere(ClaimView.of(claim)));
    String riyadh = "أعلنت وزارة الداخلية في السعودية القبض على خلية إرهابية مرتبطة بتنظيم داعش.";
    assertFalse(StanceFeatures.read(ClaimView.of(claim), ArticleView.of(named(riyadh)))
        .elsewhere(ClaimView.of(claim)));
  }

  @Test
  void aClaimsCityOutranksTheCountryOfItsPeople() {
    assertEquals(Set.of(key("الرياض")), ClaimView.of(
        "استقبل الملك سلمان الرئيس الفرنسي فرانسوا هولاند في الرياض").places());
    assertEquals(Set.of(), ClaimView.of("أصيب عشرات الأشخاص بفيروس كورونا").places(),
        "a word one letter from a country (بفيروس, بيرو) is no country");
  }

  @Test
  void twoSpellingsOfOneNameAreNear() {
    assertTrue(SentencePlaces.near("سوري", "سور"));
    assertTrue(SentencePlaces.near("قازاخ", "كازاخ"));
    assertTrue(SentencePlaces.near("جد", "جد"));
    assertFalse(SentencePlaces.near("جد", "جر"));
    assertFalse(SentencePlaces.near("رياض", "جد"));
    assertFalse(SentencePlaces.near("دمشق", "حمص"));
  }
}
