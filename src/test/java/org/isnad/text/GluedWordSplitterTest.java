package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GluedWordSplitterTest {
  private static int splitPoint(String word) {
    return GluedWordSplitter.bundled().splitPoint(ArabicNormalizer.standard()
        .normalizeToString(word));
  }

  @Test void egyptianMonth() { assertEquals(6, splitPoint("نوفمبرالماضي")); }
  @Test void levantineMonth() { assertEquals(4, splitPoint("شباطالمقبل")); }
  @Test void secondWordOfALevantineMonth() { assertEquals(6, splitPoint("الثانيالجاري")); }
  @Test void maghrebiMonth() { assertEquals(5, splitPoint("جانفيالمنصرم")); }
  @Test void hijriMonth() { assertEquals(5, splitPoint("رمضانالماضي")); }
  @Test void monthAlone() { assertEquals(-1, splitPoint("نوفمبر")); }
  @Test void tailAlone() { assertEquals(-1, splitPoint("الماضي")); }
  @Test void otherWordBeforeTheTail() { assertEquals(-1, splitPoint("العامالماضي")); }

  @Test
  void splitPointsAreIndicesInTheOriginalText() {
    String text = "زار موسكو في 28 نوفمبرَالماضي ثم عاد في أيلولالجاري.";
    int[] points = GluedWordSplitter.bundled().splitPoints(text);
    assertArrayEquals(new int[] {text.indexOf("الماضي"), text.indexOf("الجاري")}, points);
  }

  @Test
  void nothingGluedGivesNoPoints() {
    assertArrayEquals(new int[0], GluedWordSplitter.bundled().splitPoints("في 28 نوفمبر الماضي"));
    assertThrows(NullPointerException.class,
        () -> GluedWordSplitter.bundled().splitPoints(null));
  }
}
