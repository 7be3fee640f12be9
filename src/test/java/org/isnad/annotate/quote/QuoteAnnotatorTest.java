package org.isnad.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.Quote;
import org.junit.jupiter.api.Test;

/** Rule tests with inline Arabic: cue families, dropped subjects, agreement, chains. */
class QuoteAnnotatorTest {
  static List<Quote> quotes(String text, String outlet) {
    Article article = ArticleBuilder.text(text).outlet(outlet).build();
    return QuoteAnnotator.standard().annotate(article);
  }

  /** "cue | speaker | content | chain" per statement. */
  static List<String> found(String text, String outlet) {
    return quotes(text, outlet).stream().map(q -> q.cue() + " | " + q.speaker().text() + " | "
        + q.content() + " | " + chain(q)).toList();
  }

  /** A statement's chain as "role:name > role:name", publisher first. */
  static String chain(Quote q) {
    return q.chain().stream().map(l -> l.role().name().toLowerCase() + ":" + l.name())
        .collect(Collectors.joining(" > "));
  }

  /** The last statement of {@code text} (an article with no outlet). */
  static Quote last(String text) {
    List<Quote> qs = quotes(text, null);
    return qs.get(qs.size() - 1);
  }

  @Test
  void speechVerbWithIndirectContent() {
    assertEquals(List.of("قال | مصدر أمني غربي | لافروف فعل كل ما في وسعه لتأمين رحيل الأسد الآمن"
        + " | publisher:صدى البلد > speaker:مصدر أمني غربي"),
        found("وقال مصدر أمني غربي إن لافروف فعل كل ما في وسعه لتأمين رحيل الأسد الآمن.",
            "صدى البلد"));
  }

  @Test
  void directQuoteAfterColon() {
    Quote q = quotes("وقال الوزير في منشور على منصة «إكس»: «نتابع الانفجار الذي وقع في البلدة»",
        null).get(0);
    assertTrue(q.direct());
    assertEquals("الوزير", q.speaker().text());
    assertEquals("نتابع الانفجار الذي وقع في البلدة", q.content());
  }

  @Test
  void complementizerWithPronounStartsTheContent() {
    assertEquals("إنه بوشر التحقيق مع الموقوفين",
        quotes("وقال بيان صادر عن قيادة الجيش إنه بوشر التحقيق مع الموقوفين.", null).get(0)
            .content());
  }

  @Test
  void sourcePhraseAfterTheClause() {
    assertEquals(List.of("وفقا | مسئولين إيرانيين كبيرين | الأسد لم يطلب قط من طهران نشر قوات"
        + " | speaker:مسئولين إيرانيين كبيرين"),
        found("لكن الأسد لم يطلب قط من طهران نشر قوات، وفقا لمسئولين إيرانيين كبيرين.", null));
  }

  @Test
  void sourcePhraseBeforeTheClause() {
    assertEquals(List.of("بحسب | المصادر | الاجتماع انتهى دون اتفاق | speaker:المصادر"),
        found("وبحسب المصادر، فإن الاجتماع انتهى دون اتفاق.", null));
  }

  @Test
  void sourcePhraseWithRelativeVerbNamesTheSpeaker() {
    List<Quote> q = quotes("وفق ما أفادت وزارة الصحة السورية، قتل 12 شخصاً.", null);
    assertEquals(1, q.size());
    assertEquals("وزارة الصحة السورية", q.get(0).speaker().text());
  }

  @Test
  void droppedSubjectIsCarriedWithAgreement() {
    List<Quote> q = quotes("وقالت الوزيرة إن الخطة جاهزة. وأضافت أن التمويل متوفر.", null);
    assertEquals(2, q.size());
    assertEquals("الوزيرة", q.get(1).speaker().text());
    assertTrue(q.get(1).speaker().carried());
  }

  @Test
  void droppedSubjectIsNotCarriedPastAnotherSpeaker() {
    List<Quote> q = quotes("وقالت الوزيرة إن الخطة جاهزة. وقال المتحدث إن الموعد لم يحدد."
        + " وأضافت أن التمويل متوفر.", null);
    assertEquals(2, q.size());  // unknown and told to no one: no statement
  }

  @Test
  void aMasculineDroppedSubjectIsNotCarriedPastAFeminineSpeaker() {
    List<Quote> q = quotes("وقال المتحدث إن الموعد لم يحدد. وقالت الوزارة في بيان إن الخطة جاهزة."
        + " وأضاف أن الاجتماع سيعقد.", null);
    assertEquals(2, q.size());  // unknown and told to no one: no statement
  }

  @Test
  void recipientOutletIsARelay() {
    assertEquals(List.of("قال | دبلوماسي إيراني كبير | الأسد بدا منزعجا | publisher:صدى البلد"
        + " > relay:رويترز > speaker:دبلوماسي إيراني كبير"),
        found("وقال دبلوماسي إيراني كبير لرويترز إن الأسد بدا منزعجا.", "صدى البلد"));
  }

  @Test
  void outletCitingASourceIsARelayAndTheSourceSpeaks() {
    assertEquals("publisher:صدى البلد > relay:رويترز > speaker:10 مصادر مطلعة",
        found("وقالت \"رويترز\" نقلا عن 10 مصادر مطلعة على المحادثات، أن الرسالة وصلت.",
            "صدى البلد").get(0).split(" \\| ")[3]);
  }

  @Test
  void speakersOwnSourceEndsTheChain() {
    assertEquals("publisher:الاتحاد > speaker:هادي البحرة > source:مصدر داخل الدائرة المقربة",
        found("وقال هادي البحرة، رئيس المعارضة، إن الأسد لم ينقل حقيقة الوضع، نقلاً عن مصدر"
            + " داخل الدائرة المقربة.", "الاتحاد").get(0).split(" \\| ")[3]);
  }

  @Test
  void relayVerbNamesOutletAndSpeaker() {
    assertEquals(List.of("نقلت | مصدر حكومي | الاتفاق بات قريبا | relay:فرانس برس > speaker:مصدر"
        + " حكومي"), found("ونقلت وكالة فرانس برس عن مصدر حكومي قوله إن الاتفاق بات قريبا.",
            null));
  }

  @Test
  void leadReportMakesEveryStatementPassThroughIt() {
    List<Quote> q = quotes("كشف تقرير لوكالة رويترز للأنباء عن كواليس الاتصالات.\n\n"
        + "وقال مصدر مطلع إن الرحلة ألغيت.", "صدى البلد");
    assertEquals("رويترز", q.get(0).chain().get(1).name());
  }

  @Test
  void prepositionBetweenIsNoCue() {
    assertTrue(quotes("عقد اجتماع بين الأسد وبوتين أن يكون لمناقشة الطلب.", null).isEmpty());
  }

  @Test
  void speechVerbWithoutContentIsNoStatement() {
    assertTrue(quotes("وأعرب الوزير عن شكره للحضور.", null).isEmpty());
  }

  @Test
  void verbInsideReportedContentIsNotANewStatement() {
    List<Quote> q = quotes("وقال دبلوماسي كبير إن الأسد بدا منزعجا، واعترف بأن جيشه ضعيف.", null);
    assertEquals(1, q.size());
  }

  @Test
  void offsetsPointAtTheContentInTheArticleText() {
    String text = "وقال المتحدثُ إنّ روسيا بذلت جهداً كبيراً.";
    Quote q = quotes(text, null).get(0);
    assertEquals(q.content(), new String(text.codePoints().toArray(), q.start(),
        q.end() - q.start()));
    assertFalse(q.content().startsWith("إن"));
  }

  @Test
  void timeWordsBetweenVerbAndSubjectAreSkipped() {
    assertEquals("وزارة الداخلية التونسية", quotes("قالت أمس الاربعاء وزارة الداخلية التونسية :"
        + " إن قوات الامن فككت خلية.", null).get(0).speaker().text());
  }

  @Test
  void relativeClauseSpeakerIsTheNameBeforeIt() {
    assertEquals("رئيس النادي محمد النوبي", quotes("ذكر ذلك رئيس النادي محمد النوبي، الذي أكد أن"
        + " الشعار من تصميم عثمان العلي.", null).get(0).speaker().text());
  }

  @Test
  void accordingToWhatSomeoneSaid() {
    assertEquals("وسائل إعلام رسمية", quotes("بلغت نسبة الإقبال 99.97%، حسبما ذكرت وسائل إعلام"
        + " رسمية.", null).get(0).speaker().text());
  }

  @Test
  void directSpeechAfterAnApposition() {
    Quote q = quotes("قال فيصل كريم، مدير التسويق بالشركة، «استحوذت الشركة على مكانة مرموقة»",
        null).get(0);
    assertTrue(q.direct());
    assertEquals("استحوذت الشركة على مكانة مرموقة", q.content());
  }

  @Test
  void participleAddsAStatementBySameSpeaker() {
    List<Quote> q = quotes("وأكدت الوزيرة أن الخطة جاهزة، مشيرة إلى أن التمويل متوفر.", null);
    assertEquals(2, q.size());
    assertEquals("الخطة جاهزة", q.get(0).content());
    assertEquals("الوزيرة", q.get(1).speaker().text());
    assertTrue(q.get(1).speaker().carried());
  }

  @Test
  void nullArticleIsACallerMistake() {
    assertThrows(NullPointerException.class, () -> QuoteAnnotator.standard().annotate(null));
  }

  @Test
  void theNameAliIsNotThePrepositionAla() {
    assertEquals("مدير المنتخب السعودي للشباب علي الشعيلان",
        quotes("وقال مدير المنتخب السعودي للشباب علي الشعيلان إن المستوى يتحسن.", null).get(0)
            .speaker().text());
    assertEquals("الوزير", quotes("وقال الوزير على هامش المؤتمر إن المستوى يتحسن.", null).get(0)
        .speaker().text());
  }

  @Test
  void longTitlesBeforeTheNameStayInTheSpeaker() {
    assertEquals("مدير عام هيئة السياحة والتراث الوطني بمنطقة الباحة زاهر محمد الشهري",
        quotes("وأوضح مدير عام هيئة السياحة والتراث الوطني بمنطقة الباحة زاهر محمد الشهري أن"
            + " الفرع كثف الجهود.", null).get(0).speaker().text());
  }

  @Test
  void anUnclosedQuotationEndsWithItsParagraph() {
    List<Quote> found = quotes("وأفادت الصحيفة نقلاً عن المستشار قوله :”إن الرئيس اتخذ قراره."
        + "\n\nوأضافت الصحيفة أن “المستشار” كشف هذه المعلومات.", null);
    assertEquals("إن الرئيس اتخذ قراره", found.get(0).content());
    assertEquals("“المستشار” كشف هذه المعلومات", found.get(1).content());
  }
}
