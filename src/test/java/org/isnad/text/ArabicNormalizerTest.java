package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** One test per normalisation rule, Arabic inline; both entry points must agree. */
class ArabicNormalizerTest {
  private static void check(String input, String expected) {
    check(ArabicNormalizer.standard(), input, expected);
  }

  private static void check(ArabicNormalizer normalizer, String input, String expected) {
    assertEquals(expected, normalizer.normalize(input).normalized());
    assertEquals(expected, normalizer.normalizeToString(input));
  }

  private static ArabicNormalizer with(ArabicNormalizer.Options options) {
    return new ArabicNormalizer(options);
  }

  @Test void alefHamzaAbove() { check("أحمد", "احمد"); }
  @Test void alefHamzaBelow() { check("إيران", "ايران"); }
  @Test void alefMadda() { check("آخر", "اخر"); }
  @Test void alefWasla() { check("ٱلله", "الله"); }
  @Test void alefMaksura() { check("موسى", "موسي"); }
  @Test void tehMarbuta() { check("فاطمة", "فاطمه"); }
  @Test void tatweel() { check("الأســـد", "الاسد"); }
  @Test void harakatShaddaAndSukun() { check("بَشّارُ الأَسْد", "بشار الاسد"); }
  @Test void tanween() { check("شخصاً قتيلٌ", "شخصا قتيل"); }
  @Test void superscriptAlef() { check("هٰذا", "هذا"); }
  @Test void quranicMarks() { check("ٱلْكِتَٰبُۖ لَا", "الكتب لا"); }
  @Test void arabicIndicDigits() { check("٢٠٢٤", "2024"); }
  @Test void persianDigits() { check("۱۴۰۳", "1403"); }
  @Test void arabicDecimalAndThousandsSeparators() { check("٦٫٥ و١٬٠٠٠", "6.5 و1,000"); }
  @Test void persianYeh() { check("هیئة", "هيئه"); }
  @Test void keheh() { check("کامل", "كامل"); }
  @Test void zeroWidthJoinersRemoved() { check("سو\u200Cريا\u200D", "سوريا"); }
  @Test void bidiMarksRemoved() { check("\u200Fدمشق\u200E \u061Cحلب", "دمشق حلب"); }
  @Test void bidiEmbeddingsAndIsolatesRemoved() { check("\u202Bإدلب\u202C \u2067حمص\u2069", "ادلب حمص"); }
  @Test void byteOrderMarkAndSoftHyphenRemoved() { check("\uFEFFسو\u00ADريا", "سوريا"); }
  @Test void guillemets() { check("«سانا»", "\"سانا\""); }
  @Test void curlyDoubleQuotes() { check("“إكس” „نعم‟", "\"اكس\" \"نعم\""); }
  @Test void singleGuillemetsAndPrimes() { check("‹لا› ″نعم″ ʺبليʺ", "\"لا\" \"نعم\" \"بلي\""); }
  @Test void singleQuoteStyles() { check("‘نعم’ ‚لا‛", "'نعم' 'لا'"); }
  @Test void noBreakSpace() { check("دمشق\u00A0اليوم", "دمشق اليوم"); }
  @Test void otherSpaces() { check("دمشق\u2009اليوم\u202Fأمس\u3000غدا", "دمشق اليوم امس غدا"); }
  @Test void hamzaOnWawAndYehKeptByDefault() { check("مسؤول رئيس", "مسؤول رئيس"); }
  @Test void arabicPunctuationKept() { check("قال، ثم؛ لماذا؟", "قال، ثم؛ لماذا؟"); }
  @Test void latinAndAsciiUntouched() { check("Reuters 2024: \"ok\"", "Reuters 2024: \"ok\""); }
  @Test void emptyStaysEmpty() { check("", ""); }

  @Test
  void tehMarbutaKeptOnRequest() {
    check(with(ArabicNormalizer.Options.DEFAULT.withKeepTehMarbuta(true)), "فاطمة", "فاطمة");
  }

  @Test
  void hamzaSeatsFoldedOnRequestUniteEgyptianSpellings() {
    ArabicNormalizer folding = with(ArabicNormalizer.Options.DEFAULT.withFoldHamzaSeats(true));
    assertEquals(folding.normalizeToString("مسئول"), folding.normalizeToString("مسؤول"));
    check(folding, "مسؤول", "مسءول");
  }

  @Test
  void alefHamzaKeptOnRequestButWaslaFolded() {
    check(with(ArabicNormalizer.Options.DEFAULT.withKeepAlefHamza(true)), "إلغاء ٱلقرار",
        "إلغاء القرار");
  }

  @Test
  void cleanTextIsReturnedAsIs() {
    String clean = "قال الرئيس";
    assertSame(clean, ArabicNormalizer.standard().normalizeToString(clean));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> ArabicNormalizer.standard().normalize(null));
    assertThrows(NullPointerException.class,
        () -> ArabicNormalizer.standard().normalizeToString(null));
    assertThrows(NullPointerException.class, () -> new ArabicNormalizer(null));
  }

  @Test
  void spansMapBackToTheOriginal() {
    AlignedText aligned = ArabicNormalizer.standard().normalize("قال بَشّار الأسد");
    int start = aligned.normalized().indexOf("بشار");
    int end = start + "بشار".length();
    assertEquals("بَشّار", aligned.original().substring(aligned.originalStart(start),
        aligned.originalEnd(end)));
  }

  @Test
  void spansMapBackToCodePointsPastAnEmoji() {
    AlignedText aligned = ArabicNormalizer.standard().normalize("😀 قالَ الأسد");
    int start = aligned.normalized().indexOf("الاسد");
    assertArrayEquals(new int[] {7, 12}, aligned.originalCodePointSpan(start, start + 5));
    assertEquals(12, aligned.originalCodePointLength());
  }

  @Test
  void alignedTextRejectsBadAlignments() {
    assertThrows(IllegalArgumentException.class, () -> new AlignedText("ab", "ab", new int[] {0, 1}));
    assertThrows(IllegalArgumentException.class,
        () -> new AlignedText("ab", "ab", new int[] {1, 0, 2}));
    assertThrows(IllegalArgumentException.class,
        () -> new AlignedText("ab", "ab", new int[] {0, 1, 3}));
    assertThrows(NullPointerException.class, () -> new AlignedText(null, "", new int[] {0}));
    assertThrows(IllegalArgumentException.class,
        () -> ArabicNormalizer.standard().normalize("ab").originalStart(3));
  }

  @Test
  void alignedTextCopiesItsArray() {
    int[] alignment = {0, 1, 2};
    AlignedText aligned = new AlignedText("ab", "ab", alignment);
    alignment[0] = 1;
    aligned.alignment()[1] = 0;
    assertArrayEquals(new int[] {0, 1, 2}, aligned.alignment());
  }
}
