package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** One test per normalisation rule, Arabic inline. */
class ArabicNormalizerTest {
  private static void check(String input, String expected) {
    assertEquals(expected, ArabicNormalizer.standard().normalize(input).normalized());
    assertEquals(expected, ArabicNormalizer.standard().normalizeToString(input));
  }

  @Test void alefHamzaAbove() { check("أحمد", "احمد"); }
  @Test void alefHamzaBelow() { check("إيران", "ايران"); }
  @Test void alefMadda() { check("آخر", "اخر"); }
  @Test void alefWasla() { check("ٱلله", "الله"); }
  @Test void alefMaksura() { check("موسى", "موسي"); }
  @Test void tehMarbuta() { check("فاطمة", "فاطمه"); }
  @Test void tehMarbutaKeptOnRequest() {
    assertEquals("فاطمة", new ArabicNormalizer(new ArabicNormalizer.Options(true))
        .normalizeToString("فاطمة"));
  }
  @Test void tatweel() { check("الأســـد", "الاسد"); }
  @Test void diacritics() { check("بَشّارُ", "بشار"); }
  @Test void superscriptAlef() { check("هٰذا", "هذا"); }
  @Test void arabicIndicDigits() { check("٢٠٢٤", "2024"); }
  @Test void persianDigits() { check("۱۴۰۳", "1403"); }
  @Test void persianYeh() { check("هیئة", "هيئه"); }
  @Test void keheh() { check("کامل", "كامل"); }
  @Test void zeroWidthAndBidiMarksRemoved() { check("سو\u200Cريا\u200F", "سوريا"); }
  @Test void doubleQuoteStyles() { check("«سانا» “إكس”", "\"سانا\" \"اكس\""); }
  @Test void singleQuoteStyles() { check("‘نعم’", "'نعم'"); }
  @Test void noBreakSpace() { check("دمشق\u00A0اليوم", "دمشق اليوم"); }
  @Test void hamzaOnWawAndYehKept() { check("مسؤول رئيس", "مسؤول رئيس"); }
  @Test void arabicPunctuationKept() { check("قال، ثم؛ لماذا؟", "قال، ثم؛ لماذا؟"); }
  @Test void emptyStaysEmpty() { check("", ""); }

  @Test
  void nullIsACallerMistake() {
    assertThrows(IllegalArgumentException.class, () -> ArabicNormalizer.standard().normalize(null));
  }

  @Test
  void spansMapBackToTheOriginal() {
    AlignedText aligned = ArabicNormalizer.standard().normalize("قال بَشّار الأسد");
    int start = aligned.normalized().indexOf("بشار");
    int end = start + "بشار".length();
    assertEquals("بَشّار", aligned.original().substring(aligned.originalStart(start),
        aligned.originalEnd(end)));
  }
}
