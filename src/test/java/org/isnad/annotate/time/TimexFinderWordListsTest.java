package org.isnad.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.text.RuleFile;
import org.junit.jupiter.api.Test;

/**
 * The words the finder joins and marks expressions with are rule files (issue 16), not Java
 * literals: each loads, and the rule it feeds still reads them, Arabic inline.
 */
class TimexFinderWordListsTest {
  @Test
  void theFinderWordListsAreBundled() {
    for (String name : List.of("future-words.txt", "future-noun-starts.txt",
        "day-join-words.txt", "length-joiners.txt", "night-days.txt")) {
      assertFalse(RuleFile.read(TimeLexicon.class, name).isEmpty(), name);
    }
    TimeLexicon lexicon = TimeLexicon.bundled();
    assertTrue(lexicon.futureWords.contains("سوف"));
    assertTrue(lexicon.futureNounStarts.contains("ياس"));
    assertEquals(List.of("من", "يوم"), lexicon.dayJoinWords);
    assertEquals(List.of("و"), lexicon.lengthJoiners);
    assertEquals(List.of("الليله"), lexicon.nightDays);
  }

  @Test
  void theListsFeedTheirRules() {
    TimexPatterns patterns = new TimexPatterns(TimeLexicon.bundled());
    assertTrue(patterns.future.matcher("سيعقد الاجتماع").find());
    assertTrue(patterns.future.matcher("من المقرر ان").find());
    assertFalse(patterns.future.matcher("السياسة سيارة").find());
    assertTrue(patterns.dayJoinGap.matcher("، من يوم ").matches());
    assertTrue(patterns.lengthJoin.matcher(" و ").matches());
  }
}
