package org.isnad.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * The finder's quick pre-checks (which kinds it tries at a word) against trying every pattern at
 * every word: on each text both must find the same expressions.
 */
final class FinderAgreement {
  private static final TimeLexicon LEXICON = TimeLexicon.bundled();
  private static final TimexPatterns PATTERNS = new TimexPatterns(LEXICON);
  private static final TimexTriggers TRIGGERS = new TimexTriggers(LEXICON);
  private static final TimexFinder FAST = new TimexFinder(PATTERNS, TRIGGERS);
  private static final TimexFinder EVERY = new TimexFinder(PATTERNS, TRIGGERS, true);

  private FinderAgreement() {}

  /** Asserts that the pre-checked finder finds on each text what every pattern finds. */
  static void assertFindsWhatEveryPatternFinds(List<String> texts) {
    for (String text : texts) {
      String normalized = TimeLexicon.normalize(text);
      assertEquals(EVERY.find(normalized).toString(), FAST.find(normalized).toString(), text);
    }
  }
}
