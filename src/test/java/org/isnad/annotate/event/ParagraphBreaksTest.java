package org.isnad.annotate.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The paragraph of an offset, found by search, is what a scan back would find. */
class ParagraphBreaksTest {
  @Test
  void sameAsLastIndexOfOnRandomTexts() {
    Random random = new Random(14);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        text.append(random.nextInt(3) == 0 ? '\n' : 'ب');
      }
      String s = text.toString();
      ParagraphBreaks breaks = new ParagraphBreaks(s);
      for (int from = -1; from <= s.length() + 1; from++) {
        assertEquals(s.lastIndexOf("\n\n", from), breaks.lastAtOrBefore(from), s + " @" + from);
      }
    }
  }
}
