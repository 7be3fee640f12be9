package org.isnad.annotate.quote;

import static org.isnad.annotate.quote.QuoteAnnotatorTest.chain;
import static org.isnad.annotate.quote.QuoteAnnotatorTest.last;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Rule tests with inline Arabic for who a statement is carried to, what relays it passes
 * through, and how a speaker's name is read: each would fail without its rule.
 */
class CarryAndRelayRulesTest {
  private static List<Quote> quotes(String text) {
    return QuoteAnnotatorTest.quotes(text, null);
  }

  @Test
  void aDroppedSubjectIsCarriedFromTheLastSentences() {
    assertEquals("وزير الخارجية", last("وقال وزير الخارجية إن المحادثات مستمرة. وجرت"
        + " المحادثات في جنيف. وأضاف أن الوفد سيعود غدا.").speaker().text());
  }

  @Test
  void aDroppedSubjectIsNotCarriedFromFarBack() {
    assertEquals(1, quotes("وقال وزير الخارجية إن المحادثات مستمرة."  // unknown: no statement
        + " وجرت المحادثات في جنيف. وحضر الجلسة عشرون وفدا. ووصل الوفد الروسي مساء. وغاب الوفد"
        + " الصيني. وتأجلت الجلسة الثانية. وأضاف أن"
        + " الوفد سيعود غدا.").size());
  }

  @Test
  void aCarriedSpeakerKeepsItsRelay() {
    assertEquals("relay:رويترز > speaker:دبلوماسي إيراني كبير", chain(last("وقال دبلوماسي إيراني"
        + " كبير لرويترز إن طهران لن تتراجع. وأضاف أن المفاوضات ستستأنف.")));
  }

  @Test
  void aBackReferenceToTheSourcesKeepsTheRelay() {
    assertEquals("relay:رويترز > speaker:المصادر", chain(last("ونقلت رويترز عن عشرة مصادر أن"
        + " الاتفاق قريب. وقالت المصادر إن التوقيع سيتم الشهر المقبل.")));
  }

  @Test
  void anOutletNamedByItsGenericWordRelaysItsSource() {
    Quote q = last("وتراجع الأسد عن فكرته. وأفادت صحيفة “جيروازليم بوست” الإسرائيلية نقلاً عن"
        + " “فلارك” قوله: “إن بشار الأسد اتخذ قراره”.");
    assertEquals("relay:صحيفة “جيروازليم بوست” الإسرائيلية > speaker:فلارك", chain(q));
    assertEquals("فلارك", q.speaker().text());
  }

  @Test
  void theOutletNamedAgainIsNoRelayOfItself() {
    assertEquals("speaker:الصحيفة", chain(last("وتراجع الأسد عن فكرته. وأفادت صحيفة “جيروازليم"
        + " بوست” الإسرائيلية نقلاً عن “فلارك” قوله: “إن بشار الأسد اتخذ قراره”. وأضافت الصحيفة أن"
        + " فلارك كشف هذه المعلومات.")));
  }

  @Test
  void aPlatformIsNoOutletThatRelays() {
    assertEquals("speaker:موقع تويتر > source:مصدر مطلع", chain(quotes("وقال موقع تويتر نقلا عن"
        + " مصدر مطلع إن الخدمة ستعود.").get(0)));
  }

  @Test
  void quotationMarksAroundANameAreNoPartOfIt() {
    Quote q = quotes("وقال \" العنيني \" : انطلق المهرجان في ينبع.").get(0);
    assertEquals("العنيني", q.speaker().text());
  }

  @Test
  void whatSomeoneSaidWithAPronounNamesTheSpeaker() {
    assertEquals("شهود عيان", quotes("اقتحم المحتجون مكاتب الحزب، بحسب ما قاله شهود عيان.")
        .get(0).speaker().text());
  }

  @Test
  void aGenericOutletToldIsNoPartOfTheSpeaker() {
    Quote q = quotes("وقال عضو بمجلس النواب للجريدة إن تطبيق الزيادات قد يزيد الاحتقان.").get(0);
    assertEquals("عضو بمجلس النواب", q.speaker().text());
    assertEquals("speaker:عضو بمجلس النواب", chain(q));
  }

  @Test
  void aClauseParticleAfterTheVerbIsNoSpeaker() {
    assertNotEquals("فقد أشيع", quotes("وعندما حاولت قيادة الجيش نقله كما ذكر فقد أشيع أن رفعت"
        + " ثار على ذلك.").stream().map(q -> q.speaker().text()).findFirst().orElse(""));
  }

  @Test
  void nothingBeforeAVerbWithAGluedConjunctionIsItsSubject() {
    assertTrue(quotes("احتلال روسيا وإيران وأوضح أن الخاسر"
        + " الوحيد هو الشعب السوري.").stream().noneMatch(q -> q.speaker().text().contains("روسيا")));
  }

  @Test
  void aTitleCutAtFiReachesThePersonsName() {
    String text = "وأوضح مدير فرع الجمعية في أبها أحمد السروي أن الجمعية معنية بالفنون.";
    int end = text.indexOf("السروي") + "السروي".length();
    EntityMention person = new EntityMention("a1", text.indexOf("أحمد"), end, "أحمد السروي",
        EntityType.PERSON, null);
    Article article = ArticleBuilder.text(text).build();
    assertEquals("مدير فرع الجمعية في أبها أحمد السروي",
        QuoteAnnotator.standard().annotate(article, List.of(person)).get(0).speaker().text());
  }

  @Test
  void theObjectOfAParticipleIsNoSpeaker() {
    List<Quote> qs = quotes("وقال مصدر أمني مصري إن الانفجار وقع صباحا، لافتاً الانتباه إلى أن قوات"
        + " الأمن مشطت المنطقة.");
    assertEquals("مصدر أمني مصري", qs.get(qs.size() - 1).speaker().text());
  }

  @Test
  void aPlanFollowedIsNoSource() {
    assertEquals(List.of(), quotes("وما يزال العمل مستمرا وفق خطة زمنية محددة."));
    assertEquals(List.of(), quotes("تحدد الغرامة حسب السن والنوع."));
  }

  @Test
  void aWebsiteStaysASource() {
    assertEquals("موقع الوزارة", quotes("ارتفع عدد الإصابات إلى مئة، بحسب موقع الوزارة.").get(0)
        .speaker().text());
  }

  @Test
  void aPlanFollowedIsNeitherSourceNorEndOfTheContent() {
    Quote q = quotes("وبين الصباغ أن العمل ما يزال مستمرا وفق خطة زمنية محددة.").get(0);
    assertEquals("speaker:الصباغ", chain(q));
    assertEquals("العمل ما يزال مستمرا وفق خطة زمنية محددة", q.content());
  }

  @Test
  void aPrepositionWrittenApartEndsTheSpeaker() {
    assertEquals("مصادر ديبلوماسية عربية", quotes("وقالت مصادر ديبلوماسية عربية ل - \"الجمهورية\" :"
        + " \"ما حدث في لبنان محل متابعة\".").get(0).speaker().text());
  }

  @Test
  void marksOfTwoNamesInsideASpeakerStay() {
    assertEquals("“حسن فلارك” مستشار قائد فيلق القدس السابق “قاسم سليماني”", quotes("قال “حسن فلارك”"
        + " مستشار قائد فيلق القدس السابق “قاسم سليماني” إن الأسد أراد المغادرة.").get(0)
        .speaker().text());
  }

  @Test
  void aSubjectAfterAConjunctionHasNoConjunction() {
    assertEquals("الحكومة السورية", quotes("وتصر المعارضة على تنحي الأسد، ولكن الحكومة السورية تقول"
        + " إن مصيره ليس مجالا للنقاش.").get(0).speaker().text());
  }

  @Test
  void aVerbFormAfterAPrepositionIsANoun() {
    assertEquals(List.of("قال | شهود عيان | المسجد يتبع الصوفيين | speaker:شهود عيان"),
        QuoteAnnotatorTest.found("قال شهود عيان، متحفظين على ذكر أسمائهم، إن المسجد يتبع"
            + " الصوفيين.", null));
  }

  @Test
  void whatWasPublishedNamesNoSpeaker() {
    assertEquals(List.of(), quotes("ذهبت النتيجة إلى صالح معسكر نعم، بحسب ما نشر رسميا فجر"
        + " الاثنين."));
  }

  @Test
  void aReportIssuedBySomeoneReachesItsIssuer() {
    assertEquals("تقرير جديد صادر عن بعثة الأمم المتحدة", quotes("يواجه المعتقلون التعذيب، وفقا"
        + " لتقرير جديد صادر عن بعثة الأمم المتحدة.").get(0).speaker().text());
  }

  @Test
  void whatAnAgencyCarriedNamesTheAgency() {
    assertEquals("رويترز", quotes("تراجعت الأجور الحقيقية، بحسب ما نقلته وكالة رويترز.")
        .get(0).speaker().text());
  }
}
