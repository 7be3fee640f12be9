package org.isnad.annotate.quote;

import static org.isnad.annotate.quote.QuoteAnnotatorTest.chain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Rule tests with inline Arabic: what is never a speaker (dates, numbers, bare prepositions,
 * generic phrases, the one told, the medium) and what never enters a chain.
 */
class SpeakerRulesTest {
  private static List<Quote> quotes(String text) {
    return QuoteAnnotatorTest.quotes(text, null);
  }

  /** The first statement's speaker; unknown when there is none (no one was named either). */
  private static String speaker(String text) {
    List<Quote> qs = quotes(text);
    return qs.isEmpty() ? QuoteAnnotator.UNKNOWN_SPEAKER : qs.get(0).speaker().text();
  }

  @Test
  void aMonthIsNoSpeaker() {
    assertEquals(QuoteAnnotator.UNKNOWN_SPEAKER,
        speaker("وأعلن تشرين الثاني الماضي أن الحكومة ستستقيل."));
  }

  @Test
  void aNumberIsNoSpeaker() {
    assertEquals(QuoteAnnotator.UNKNOWN_SPEAKER, speaker("وأكد 2017 أن الهدنة صامدة."));
  }

  @Test
  void aPercentageWithItsNounStillSpeaks() {
    assertTrue(speaker("وأفادت 64% من المؤسسات أنها تبذل كل جهد.").startsWith("64% من"));
  }

  @Test
  void aBarePrepositionIsNoSpeaker() {
    assertEquals(QuoteAnnotator.UNKNOWN_SPEAKER,
        speaker("تأييدا للاندماج، وطالبوا ب - \"توحيد الجهود والفصائل في جيش واحد\"."));
  }

  @Test
  void aGenericPhraseIsNoSpeaker() {
    assertEquals(QuoteAnnotator.UNKNOWN_SPEAKER,
        speaker("وقال نفس المصدر إن الهجوم أسفر عن قتلى."));
  }

  @Test
  void anOrderOrAnExpressionIsNoSource() {
    assertEquals(List.of(), quotes("توزع اللاجئون على الدول وفق الترتيب: ألمانيا والسويد."));
  }

  @Test
  void theOneToldIsNoSpeaker() {
    assertEquals(QuoteAnnotator.UNKNOWN_SPEAKER,
        speaker("وأبلغوا الأسد أن موسكو لن تتدخل عسكريا."));
  }

  @Test
  void aMediumIsNoStatementOfItsOwn() {
    List<Quote> found = quotes("وفي حديث لبودكاست \"بتوقيت دمشق\"، روى كامل صقر تفاصيل اللقاء.");
    assertTrue(found.stream().noneMatch(q -> q.cue().equals("في")), found::toString);
  }

  @Test
  void theMediumIsARelayOfTheStatement() {
    Quote q = quotes("وقال صقر في مقابلة مع قناة العربية إن الأسد رفض العرض.").get(0);
    assertEquals("صقر", q.speaker().text());
    assertTrue(chain(q).contains("relay:"), chain(q));
  }

  @Test
  void aPrepositionIsNeverTheCue() {
    Quote q = quotes("الهدنة صامدة حتى الآن، على لسان وزير الخارجية.").get(0);
    assertEquals("على لسان", q.cue());
    assertEquals("وزير الخارجية", q.speaker().text());
  }

  @Test
  void aDefiniteSourceAfterLamKeepsItsArticle() {
    Quote q = quotes("الأمور تطورت بعد ذلك بشكل كبير، وفقاً للمصادر.").get(0);
    assertEquals("speaker:المصادر", chain(q));
  }

  @Test
  void anIdIsNoLink() {
    Quote q = QuoteAnnotatorTest.quotes("وقال الوزير إن الطرق مفتوحة.", "d8f14e214e830").get(0);
    assertEquals("speaker:الوزير", chain(q));
  }

  @Test
  void aClauseParticleIsNoSpeaker() {
    assertEquals(QuoteAnnotator.UNKNOWN_SPEAKER,
        speaker("وما تصريحه إلا دليل على ذلك، إذ قال: \"سندافع عن المحافظة\"."));
  }

  @Test
  void theVerbsOwnNounIsNoSpeaker() {
    assertEquals(QuoteAnnotator.UNKNOWN_SPEAKER,
        speaker("وأردف بالقول: \"بتنا في مرحلة من الممكن فيها إنهاء الحرب\"."));
  }

  @Test
  void aPronounObjectIsSkippedToTheSubject() {
    assertEquals("مصادر أمنية",
        speaker("قتل القيادي في غارة أمريكية، بحسب ما أفادت به مصادر أمنية."));
  }

  @Test
  void aSplitLetterIsNoSpeaker() {
    assertEquals(List.of(), quotes("التصدي - وفق ا للاستراتيجية الإيرانية - للمحور العربي."));
  }

  @Test
  void theOneAddressedIsNoSpeaker() {
    assertEquals(QuoteAnnotator.UNKNOWN_SPEAKER,
        speaker("وقال للصحفيين في جنيف: \"الرقم ينخفض\"."));
  }

  @Test
  void aNameWrittenLikeAPrepositionStillSpeaks() {
    assertEquals("علي الحسيني", speaker("وقال علي الحسيني إن المعارك توقفت."));
  }

  @Test
  void theOneAddressedLeavesTheSubjectBeforeTheRelative() {
    assertEquals("السفير الروسي",
        speaker("وأوضح السفير الروسي الذي قال للصحافيين إن الدور محدود."));
  }

  @Test
  void theAudienceIsNoSpeaker() {
    assertEquals(QuoteAnnotator.UNKNOWN_SPEAKER,
        speaker("وقال لجمهوره في رده على العقوبات: \"لن نتراجع\"."));
    assertEquals(QuoteAnnotator.UNKNOWN_SPEAKER, speaker("وقال لنا: \"لن نتراجع\"."));
  }

  @Test
  void aCommitteeIsNoAudience() {
    assertEquals("لجنة التحقيق", speaker("وقالت لجنة التحقيق إن الأدلة كافية."));
  }

  @Test
  void aConjoinedPrepositionalPhraseIsItsOwnCue() {
    Quote q = quotes("الأمم المتحدة، وعلى لسان نائب المتحدث، أكدت أن المساعدات وصلت.").stream()
        .filter(x -> x.cue().startsWith("على")).findFirst().orElseThrow();
    assertEquals("على لسان", q.cue());
  }
}
