package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    return SentenceSplitter.standard().split(text).stream().map(s -> s.in(text)).toList();
  }

  @Test
  void fullStopsEndSentences() {
    assertEquals(List.of("وصل الوفد.", "وبدأ الاجتماع."), split("وصل الوفد. وبدأ الاجتماع."));
  }

  @Test
  void arabicQuestionMark() {
    assertEquals(List.of("إدلب إلى أين؟", "لا أحد يعرف."), split("إدلب إلى أين؟ لا أحد يعرف."));
  }

  @Test
  void exclamationAndQuestionRuns() {
    assertEquals(List.of("حقاً؟!", "نعم!"), split("حقاً؟! نعم!"));
  }

  @Test
  void missingSpaceAfterTheEndBetweenArabicWords() {
    assertEquals(List.of("انتهى الاجتماع.", "وقال الوزير"), split("انتهى الاجتماع.وقال الوزير"));
    assertEquals(List.of("لماذا؟", "قال"), split("لماذا؟قال"));
  }

  @Test
  void arabicCommaAndSemicolonDoNotEndSentences() {
    assertEquals(1, split("قال الوزير، ثم أضاف؛ وانتهى.").size());
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    assertEquals(List.of("وأضاف «عملية الإجلاء تتم».", "وأردف «لم تسجل حصيلة»."),
        split("وأضاف «عملية الإجلاء تتم». وأردف «لم تسجل حصيلة»."));
  }

  @Test
  void quoteAfterTheFullStop() {
    assertEquals(List.of("قال: “لا خيارات.”", "ثم غادر."), split("قال: “لا خيارات.” ثم غادر."));
  }

  @Test
  void titleAbbreviationsAreNotEnds() {
    assertEquals(1, split("قال د. محمد إن الوضع مستقر.").size());
    assertEquals(1, split("وقال م. أحمد إن العمل انتهى.").size());
  }

  @Test
  void agencyAbbreviationsAreNotEnds() {
    assertEquals(1, split("ذكرت أ.ف.ب. أن الوضع مستقر.").size());
    assertEquals(1, split("ذكرت وكالة أ ف ب أن الوضع مستقر.").size());
  }

  @Test
  void etceteraIsNotAnEnd() {
    assertEquals(1, split("من قمح وشعير وأرز إلخ. في المخازن").size());
  }

  @Test
  void hijriYearMarkIsNotAnEnd() {
    assertEquals(1, split("في عام 1445 هـ. وصل الوفد").size());
  }

  @Test
  void initialsAreNotEnds() {
    assertEquals(1, split("وقال ع. م. الخطيب إن الاتفاق تم.").size());
    assertEquals(1, split("وقال ع.م الخطيب إن الاتفاق تم.").size());
  }

  @Test
  void englishAbbreviationsAreNotEnds() {
    assertEquals(1, split("قال مسؤول في U.S. Army إن الوضع مستقر.").size());
    assertEquals(1, split("Dr. Smith قال ذلك.").size());
  }

  @Test
  void decimalsAndTimesAreNotEnds() {
    assertEquals(1, split("في تمام الساعة 6.58 من مساء السبت و2:30 فجراً.").size());
  }

  @Test
  void listNumbersAreNotEnds() {
    assertEquals(List.of("1. وقف إطلاق النار", "2. تبادل الأسرى"),
        split("1. وقف إطلاق النار\n2. تبادل الأسرى"));
  }

  @Test
  void doubleDotInsideAHeadlineIsASeparator() {
    assertEquals(1, split("سوريا.. 12 قتيلاً و100 مصاب جراء انفجار").size());
  }

  @Test
  void ellipsisInsideAHeadlineIsASeparator() {
    assertEquals(1, split("بشأن جلسة الغد... نائب يتحدث").size());
    assertEquals(1, split("أسماء الأسد… “نصف رئيس”").size());
  }

  @Test
  void ellipsisAtTheEndOfALineEnds() {
    assertEquals(List.of("وانتظر…", "ثم غادر"), split("وانتظر…\nثم غادر"));
  }

  @Test
  void lineBreaksEndSentences() {
    assertEquals(List.of("عنوان بلا نقطة", "نص الخبر."), split("عنوان بلا نقطة\nنص الخبر."));
    assertEquals(List.of("أ", "ب"), split("أ\r\nب"));
  }

  @Test
  void blankLinesAndSpacesGiveNoEmptySentences() {
    assertEquals(List.of("أ.", "ب."), split("\n\n  أ.  \n\n\n ب. \n"));
    assertEquals(List.of(), split(" \n\u00A0\n\u200F "));
  }

  @Test
  void urlsAreNotSplit() {
    assertEquals(1, split("راجع الموقع www.example.com للتفاصيل.").size());
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> SentenceSplitter.standard().split(null));
  }

  @Test
  void realParagraph() {
    String text = "وقال مصدر أمني غربي إن لافروف فعل كل ما في وسعه لتأمين رحيل الأسد الآمن. "
        + "وكشفت ثلاثة من المصادر أن قطر وتركيا اتفقتا مع هيئة تحرير الشام لتسهيل خروج الأسد.";
    assertEquals(2, split(text).size());
  }

  /** seed-001.txt: every non-blank line of this page is one sentence, except a "عاجل." label. */
  @Test
  void seedPageLinesAreSentences() throws IOException {
    String page = fixture("seed-001.txt");
    List<String> lines = page.lines()
        .map(l -> l.replace('\u00A0', ' ').strip())
        .filter(l -> !l.isEmpty())
        .flatMap(l -> l.startsWith("• عاجل. ")  // a "breaking" label is a sentence of its own
            ? java.util.stream.Stream.of("• عاجل.", l.substring("• عاجل. ".length()))
            : java.util.stream.Stream.of(l))
        .toList();
    assertEquals(lines, split(page));
  }

  @Test
  void seedPageQuotesAndGluedMonthStayInTheirSentence() throws IOException {
    List<String> sentences = split(fixture("seed-001.txt"));
    assertTrue(sentences.contains("سوريا.. 12 قتيلاً و100 مصاب جراء انفجار في ريف إدلب"));
    assertTrue(sentences.stream().anyMatch(s -> s.startsWith("وقال ثلاثة دبلوماسيين")
        && s.contains("نوفمبرالماضي") && s.endsWith("في التدخل.")));
    assertTrue(sentences.stream().anyMatch(s -> s.startsWith("وأضاف البحرة")
        && s.endsWith("سلبية\".")));
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = SentenceSplitterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Text without punctuation is cut into sentences of at most {@link SentenceSplitter#MAX_CHARS},
   * at blanks, losing no word: one sentence of megabytes would make the annotators' work on it
   * grow with its square.
   */
  @Test
  void unpunctuatedTextIsCutAtBlanksIntoBoundedSentences() {
    String text = "قال المتحدث باسم الوزارة إن القوات تقدمت نحو المدينة ".repeat(2000);
    List<Sentence> sentences = SentenceSplitter.standard().split(text);
    assertTrue(sentences.size() > 1, "one sentence of " + text.length());
    for (Sentence s : sentences) {
      assertTrue(s.end() - s.start() <= SentenceSplitter.MAX_CHARS, s.toString());
      assertTrue(s.start() == 0 || text.charAt(s.start() - 1) == ' ', "cut inside a word " + s);
    }
    assertEquals(List.of(text.strip().split(" ")), sentences.stream()
        .flatMap(s -> List.of(s.in(text).split(" ")).stream()).toList());
  }

  @Test
  void aWordLongerThanTheLimitIsCutAtTheLimit() {
    String text = "ب".repeat(SentenceSplitter.MAX_CHARS * 2 + 10);
    assertEquals(List.of(SentenceSplitter.MAX_CHARS, SentenceSplitter.MAX_CHARS, 10),
        SentenceSplitter.standard().split(text).stream().map(s -> s.end() - s.start())
            .toList());
  }
}
