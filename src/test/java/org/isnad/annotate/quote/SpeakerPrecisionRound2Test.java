package org.isnad.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Rule tests with inline Arabic for speakers read from baly2018 output (round 2 of issue 15):
 * the one told is no speaker, a relative speaks through its antecedent, a relative or a
 * preposition is no speaker. Each fails without its rule.
 */
class SpeakerPrecisionRound2Test {
  private static List<Quote> quotes(String text) {
    return QuoteAnnotatorTest.quotes(text, null);
  }

  @Test
  void aWordWithAGluedLamRightBeforeTheContentIsTheOneTold() {
    assertTrue(quotes("مدير وحدة المياه في المدينة قال لزيتون: \"تم حفر بئر جديدة\".").stream()
        .noneMatch(q -> q.speaker().text().equals("لزيتون")));
  }

  @Test
  void theStaffOfANewspaperToldAreNoSpeaker() {
    assertTrue(quotes("وأشارت لمحرري صفحة الرأي بالجريدة إلى أنها تفكر في فرض عقوبات.").stream()
        .noneMatch(q -> q.speaker().text().contains("محرري")));
  }

  @Test
  void aSourceWordBeforeTheAntecedentOfARelativeIsNoPartOfTheSpeaker() {
    Quote q = quotes("واعتزلت الكتيبة العمل بسبب الفتنة، حسب البيان، الذي أوضح أن عناصرها"
        + " سيعتزلون القتال.").stream().filter(x -> x.cue().equals("أوضح")).findFirst()
        .orElseThrow();
    assertEquals("البيان", q.speaker().text());
  }

  @Test
  void aRelativeWithWawIsNoSpeaker() {
    assertTrue(quotes("طرح مشروع القرار على مجلس الأمن أول أمس، والذي يؤكد أن كل قرار أحادي"
        + " الجانب ليس له مفعول.").stream().noneMatch(q -> q.speaker().text().equals("والذي")));
  }

  @Test
  void aPrepositionWrittenWithYaIsNoSpeaker() {
    assertTrue(quotes("وأشار إلي أن الاستثمارات الصينية حققت نتائج جيدة.").stream()
        .noneMatch(q -> q.speaker().text().equals("إلي")));
  }

  @Test
  void aStatementNestedInAnotherIsRelayedByTheOuterSpeaker() {
    List<String> found = QuoteAnnotatorTest.found("وذكر التلفزيون الرسمي أن رجل الدين البارز أحمد"
        + " خاتمي قال للمصلين في خطبة الجمعة إن على المسلمين الاتحاد في مواجهة إسرائيل.", null);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("قال | رجل الدين البارز أحمد خاتمي |"), found.toString());
    assertTrue(found.get(0).endsWith("relay:التلفزيون الرسمي > speaker:رجل الدين البارز أحمد"
        + " خاتمي"), found.toString());
  }

  @Test
  void aQuestionParticleIsNoSpeaker() {
    assertTrue(quotes("فهل يا ترى أن هذا التراجع هو تراجع تكتيكي بهدف تمرير القرار ?").stream()
        .noneMatch(q -> q.speaker().text().contains("يا")));
  }

  @Test
  void aVerbWithoutSubjectAfterANestedStatementGoesBackToTheOuterSpeaker() {
    List<Quote> qs = quotes("وأشار اللواء التركي إلى أن وزير الداخلية يرى أن القرار يمثل دفعة"
        + " قوية , مضيفا أن ممارسة المرأة للسياقة تختلف .");
    Quote added = qs.stream().filter(q -> q.cue().equals("مضيفا")).findFirst().orElseThrow();
    assertEquals("اللواء التركي", added.speaker().text());
  }
}
