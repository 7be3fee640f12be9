package org.isnad.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote scorer on a hand-made example. */
class QuoteScorerTest {
  @Test
  void cuesSpeakersContentsAndChains() {
    Statement g1 = new Statement("q1", 1, 4, 5, 12, "الوزير", 16, 40, false,
        "publisher:عكاظ > speaker:الوزير");
    Statement g2 = new Statement("q1", 42, 47, -1, -1, "الوزير", 50, 70, false,
        "publisher:عكاظ > speaker:الوزير");
    Statement p1 = new Statement("q1", 1, 4, 5, 9, "الوزي", 16, 30, false,
        "publisher:عكاظ > speaker:الوزير");                    // all right (content 14/24 ≥ half)
    Statement p2 = new Statement("q1", 43, 47, -1, -1, "المتحدث", 60, 62, false,
        "publisher:عكاظ > speaker:المتحدث");                   // cue only
    Statement p3 = new Statement("q1", 80, 83, 84, 90, "مصدر", 91, 99, false, "speaker:مصدر");
    QuoteScores s = QuoteScorer.score(List.of(g1, g2), List.of(p1, p2, p3), sid -> "x".repeat(100));
    assertEquals(2, s.cues());
    assertEquals(1, s.speakers());
    assertEquals(1, s.contents());
    assertEquals(1, s.chains());
    assertEquals(3, s.predicted());
  }

  @Test
  void chainsNeedTheSameRolesInOrder() {
    assertTrue(QuoteScorer.sameChain("publisher:صدى البلد > relay:رويترز > speaker:مصدر",
        "publisher:صدى البلد > relay:وكالة رويترز > speaker:مصدر مطلع"));
    assertFalse(QuoteScorer.sameChain("publisher:صدى البلد > relay:رويترز > speaker:مصدر",
        "publisher:صدى البلد > speaker:مصدر"));
    assertFalse(QuoteScorer.sameChain("relay:رويترز > speaker:مصدر", "speaker:رويترز > relay:مصدر"));
  }
}
