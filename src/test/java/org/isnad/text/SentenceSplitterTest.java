package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void abbreviationsAreNotEnds() {
    assertEquals(1, split("قال د. محمد إن الوضع مستقر.").size());
    assertEquals(1, split("ذكرت أ.ف.ب. أن الوضع مستقر.").size());
  }

  @Test
  void initialsAreNotEnds() {
    assertEquals(1, split("وقال ع. م. الخطيب إن الاتفاق تم.").size());
  }

  @Test
  void decimalsAndTimesAreNotEnds() {
    assertEquals(1, split("في تمام الساعة 6.58 من مساء السبت و2:30 فجراً.").size());
  }

  @Test
  void doubleDotInsideAHeadlineIsASeparator() {
    assertEquals(1, split("سوريا.. 12 قتيلاً و100 مصاب جراء انفجار").size());
  }

  @Test
  void lineBreaksEndSentences() {
    assertEquals(List.of("عنوان بلا نقطة", "نص الخبر."), split("عنوان بلا نقطة\nنص الخبر."));
  }

  @Test
  void blankLinesAndSpacesGiveNoEmptySentences() {
    assertEquals(List.of("أ.", "ب."), split("\n\n  أ.  \n\n\n ب. \n"));
  }

  @Test
  void urlsAreNotSplit() {
    assertEquals(1, split("راجع الموقع www.example.com للتفاصيل.").size());
  }

  @Test
  void realParagraph() {
    String text = "وقال مصدر أمني غربي إن لافروف فعل كل ما في وسعه لتأمين رحيل الأسد الآمن. "
        + "وكشفت ثلاثة من المصادر أن قطر وتركيا اتفقتا مع هيئة تحرير الشام لتسهيل خروج الأسد.";
    assertEquals(2, split(text).size());
  }
}
