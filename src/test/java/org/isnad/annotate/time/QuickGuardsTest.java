package org.isnad.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The time finder's quick tests refuse no position where a pattern matches: a phrase that names
 * no time is found wherever it begins, with or without a glued letter; zero-padded values are
 * what {@code String.format} wrote. Arabic inline.
 */
class QuickGuardsTest {
  private static final TimeLexicon LEXICON = TimeLexicon.bundled();
  private static final TimexTriggers TRIGGERS = new TimexTriggers(LEXICON);
  private static final TimexPatterns PATTERNS = new TimexPatterns(LEXICON);

  @Test
  void everyNonTimePhraseMayBeginWhereItsPatternMatches() {
    int found = 0;
    for (String phrase : LEXICON.notTime) {
      for (String glued : List.of("", "و", "ب", "ل", "فب")) {
        String text = "قال " + glued + phrase + " امس";
        Matcher m = PATTERNS.notTime.matcher(text);
        while (m.find()) {
          assertTrue(TRIGGERS.mayBeginNonTime(text, m.start()), text);
          found++;
        }
      }
    }
    assertTrue(found >= LEXICON.notTime.size(), "every phrase was found: " + found);
  }

  @Test
  void noNonTimePhraseBeginsInsideAWordOrAtAnOtherWord() {
    String text = "مثل هذا اليوم";
    assertTrue(TRIGGERS.mayBeginNonTime(text, 0));
    assertFalse(TRIGGERS.mayBeginNonTime(text, 1));
    assertTrue(TRIGGERS.mayBeginNonTime("و" + text, 0));
    assertFalse(TRIGGERS.mayBeginNonTime("قال زيد", 4));
  }

  @Test
  void spacesAreCollapsedAsTheRegularExpressionDid() {
    for (String s : List.of("", " ", "ذي القعدة", "ذي  القعدة", "ذي\tالقعدة", " ربيع الاول ",
        "ربيع \n الاول", "a\u000Bb", "x\fy\r")) {
      assertEquals(s.replaceAll("\\s+", " "), TimeLexicon.oneSpaced(s), s);
    }
  }

  @Test
  void paddedValuesAreWhatTheFormatterWrote() {
    for (int n : new int[] {0, 7, 12, 99, 100, 999, 2016, 12345, -3, -2016}) {
      assertEquals(String.format("%04d", n), Values.padded(n, 4));
      assertEquals(String.format("%02d", n), Values.padded(n, 2));
    }
    assertEquals("XXXX-03-09", Values.underspecifiedDay(3, 9));
    assertEquals("0900", Values.year(900));
  }
}
