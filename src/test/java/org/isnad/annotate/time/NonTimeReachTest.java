package org.isnad.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.isnad.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/**
 * Phrases that name no time are looked for only in a window around each expression: every
 * listed phrase (with a glued letter) must fit in it, and a phrase far from an expression must
 * not hide it.
 */
class NonTimeReachTest {
  @Test
  void everyListedPhraseFitsTheWindow() throws Exception {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        TimeLexicon.class.getResourceAsStream("not-time.txt"), StandardCharsets.UTF_8))) {
      List<String> phrases = in.lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      assertTrue(phrases.size() > 5, "the list was read");
      for (String phrase : phrases) {
        assertTrue(phrase.length() + 1 < TimexFinder.NON_TIME_REACH, phrase);
      }
    }
  }

  @Test
  void aPhraseThatNamesNoTimeHidesOnlyTheExpressionInsideIt() {
    TimeLexicon lexicon = TimeLexicon.bundled();
    TimexFinder finder = new TimexFinder(new TimexPatterns(lexicon), new TimexTriggers(lexicon));
    String text = ArabicNormalizer.standard().normalize(
        "تحدث عن قوى 14 آذار في لبنان وقال إن الاجتماع عقد يوم 14 آذار 2016 في بيروت.")
        .normalized();
    List<Mention> found = finder.find(text);
    assertEquals(1, found.size(), found.toString());
    assertTrue(text.substring(found.get(0).start(), found.get(0).end()).contains("2016"));
  }
}
