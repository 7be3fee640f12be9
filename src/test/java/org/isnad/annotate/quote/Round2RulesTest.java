package org.isnad.annotate.quote;

import static org.isnad.annotate.quote.QuoteAnnotatorTest.chain;
import static org.isnad.annotate.quote.QuoteAnnotatorTest.last;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Rule tests with inline Arabic (synthetic sentences) for round 2 of speakers and chains:
 * back-references, media, subjects that are no speakers, issuers; each would fail without its
 * rule.
 */
class Round2RulesTest {
  private static List<Quote> quotes(String text) {
    return QuoteAnnotatorTest.quotes(text, null);
  }

  @Test
  void theSameSourceIsTheNearestEarlierSourceOfItsKind() {
    Quote q = last("وقال مصدر أمني إن الهجوم فشل. وقالت الوزارة إن التحقيق بدأ."
        + " وأضاف المصدر ذاته أن المهاجمين فروا.");
    assertEquals("مصدر أمني", q.speaker().text());
    assertTrue(q.speaker().carried());
  }

  @Test
  void theSameSourceWithNoEarlierSourceIsUnknown() {
    assertEquals(1, quotes("وقال مدير الشرطة إن الهجوم فشل."  // unknown: no statement
        + " وأضاف نفس المصدر أن المهاجمين فروا.").size());
  }

  @Test
  void theSameSourcesAfterTheVerbKeepTheirRelay() {
    assertEquals("relay:رويترز > speaker:مصادر مطلعة", chain(last("ونقلت رويترز عن مصادر مطلعة"
        + " أن الاتفاق قريب. وقالت المصادر ذاتها إن التوقيع قريب.")));
  }

  @Test
  void aSubjectOfAnotherVerbBeforeTheComplementizerIsNoSpeaker() {
    assertEquals(List.of(), quotes("سألته عن رأيه فقال المسلمون في معظمهم يريدون أن تكون"
        + " قوميتهم الإسلام."));
  }

  @Test
  void theIssuerOfAReportIsItsSpeaker() {
    assertEquals("المجلس القومي لحقوق الإنسان", last("وأصدر المجلس القومي لحقوق الإنسان تقريرا"
        + " قال فيه إن أعداد القتلى كبيرة.").speaker().text());
  }

  @Test
  void anAbstractNounSaysNothing() {
    assertEquals(List.of(), quotes("ولكن تاريخ منطقتنا يقول إن الحروب لا تنتهي."));
  }

  @Test
  void aPodcastIsNeitherSpeakerNorCue() {
    Quote q = last("وقال صقر في بودكاست \"بتوقيت دمشق\" إن الوضع صعب جدا.");
    assertEquals("صقر", q.speaker().text());
    assertEquals("قال", q.cue());
    assertEquals("speaker:صقر", chain(q));
  }

  @Test
  void anOutletToldIsARelayAndAProgrammeIsLeftOut() {
    assertEquals("relay:سانا > speaker:المتحدث", chain(last("وقال المتحدث في تصريح لوكالة سانا"
        + " إن الجيش تقدم.")));
    assertEquals("speaker:المحلل", chain(last("وقال المحلل في برنامج \"الاتجاه المعاكس\" إن"
        + " الأزمة طويلة.")));
  }

  @Test
  void anIssuerNamedBeforeTheVerbOfIssuingSpeaks() {
    assertEquals("الحركة", last("وقال المرصد إن القتال مستمر. إلا أن الحركة أصدرت بيانا قالت فيه"
        + " إنها تدين الانتهاك.").speaker().text());
  }

  @Test
  void anIssuerNotNamedIsNotCarried() {
    assertEquals(1, quotes("وقال المرصد إن القتال مستمر. وأصدرت بيانا قالت فيه إنها تدين"
        + " الانتهاك.").size());
  }

  @Test
  void theAnswersOfAnInterviewAreTheIntervieweesStatements() {
    String text = "وفي حوار مع وزير الزراعة خالد الحسن تحدث عن الموسم.\n"
        + "س: كيف ترى الموسم؟ قلت سابقا إن الإنتاج سيرتفع.\n"
        + "ج: الموسم جيد والأمطار كانت كافية.\n"
        + "س: وماذا عن الأسعار؟\n"
        + "الحسن: الأسعار ستبقى مستقرة.";
    int end = text.indexOf(" تحدث");
    List<EntityMention> persons = List.of(new EntityMention("a1", text.indexOf("خالد"), end,
        "خالد الحسن", EntityType.PERSON, null));
    Article article = ArticleBuilder.text(text).build();
    List<String> found = QuoteAnnotator.standard().annotate(article, persons).stream()
        .map(q -> q.cue() + " | " + q.speaker().text() + " | " + q.content()).toList();
    assertEquals(List.of("ج | وزير الزراعة خالد الحسن | الموسم جيد والأمطار كانت كافية.",
        "الحسن | وزير الزراعة خالد الحسن | الأسعار ستبقى مستقرة."), found);
  }

  @Test
  void anInterviewWithAnOutletHasNoInterviewee() {
    assertEquals(List.of("قال"), quotes("في مقابلة مع قناة العربية قال الوزير إن الوضع مستقر.\n"
        + "س: ماذا عن الأسعار؟\nج: ستبقى مستقرة.").stream().map(Quote::cue).toList());
  }

  @Test
  void aVerbAfterNotIsNoCueAndWhoAskedNotToBeNamedEndsTheSpeaker() {
    assertEquals(List.of("قال | شاهد عيان"), quotes("وقال شاهد عيان فضل عدم ذكر اسمه إن المسلحين"
        + " وصلوا.").stream().map(q -> q.cue() + " | " + q.speaker().text()).toList());
  }

  @Test
  void wentOnSayingCarriesTheSpeaker() {
    assertEquals("صالح", last("وقال صالح إنه سيسافر. ومضى يقول إنه سيعود قريبا.").speaker()
        .text());
  }

  @Test
  void anOutletToldAfterADroppedSubjectIsARelay() {
    assertEquals("relay:قناة الإخبارية الرسمية > speaker:قائد الشرطة", chain(last("قال قائد"
        + " الشرطة إن سبعة قتلوا. وأضاف لقناة الإخبارية الرسمية إن الأمن يطارد الخلايا.")));
  }

  @Test
  void aSubjectBetweenButAndACommaSpeaks() {
    assertEquals("لافرينتييف", last("وقال المتحدث إن المؤتمر قريب. لكن لافرينتييف , أوضح أن"
        + " مكان المؤتمر لم يحدد.").speaker().text());
  }

  @Test
  void policiesProvisionsAndCapacityAreNoSources() {
    assertEquals(List.of(), quotes("ستكون محمية وفقا لسياسة الخصوصية هذه."));
    assertEquals(List.of(), quotes("ثم إن التقدير يكون بحسب الطاقة والوسع."));
  }

  @Test
  void aTitleGoesOnThroughBracketsToTheName() {
    String text = "كما قال نائب رئيس لجنة الشؤون الدولية في مجلس النواب الروسي ( الدوما ) ألكسي شيبا"
        + " , إن المؤتمر فشل.";
    int end = text.indexOf(" ,");
    List<EntityMention> persons = List.of(new EntityMention("a1", text.indexOf("ألكسي"), end,
        "ألكسي شيبا", EntityType.PERSON, null));
    Article article = ArticleBuilder.text(text).build();
    assertEquals("نائب رئيس لجنة الشؤون الدولية في مجلس النواب الروسي ( الدوما ) ألكسي شيبا",
        QuoteAnnotator.standard().annotate(article, persons).get(0).speaker().text());
  }

  @Test
  void aForeignNameEndingLikeAVerbKeepsTheSpeaker() {
    assertEquals("المتحدثة باسم الوزارة هيذر نويرت", last("وقالت المتحدثة باسم الوزارة هيذر نويرت"
        + " عقب مباحثات مع تيلرسون إنه تم تخطي الأسوأ.").speaker().text());
  }

  @Test
  void theTopicAfterAmmaIsTheSubjectOfItsVerb() {
    assertEquals("القيادي في الحشد الشعبي أحمد الأسدي", last("وقال حمودي إن الحشد باق. أما القيادي"
        + " في الحشد الشعبي أحمد الأسدي , فقال لوكالة فرانس برس إن الحل مرفوض.").speaker().text());
  }
}
