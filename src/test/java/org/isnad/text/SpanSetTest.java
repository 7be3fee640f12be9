package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The overlap set answers exactly as a scan over every span added, empty spans included. */
class SpanSetTest {
  private static boolean overlaps(int[] a, int s, int e) {
    return a[0] < e && s < a[1];
  }

  @Test
  void touchingSpansDoNotOverlapButCrossingOnesDo() {
    SpanSet set = new SpanSet();
    set.add(10, 20);
    assertFalse(set.overlaps(20, 25));
    assertFalse(set.overlaps(5, 10));
    assertTrue(set.overlaps(19, 21));
    assertTrue(set.overlaps(0, 100));
    assertTrue(set.overlaps(15, 15), "an empty span strictly inside overlaps");
    assertFalse(set.overlaps(10, 10), "an empty span on the border does not");
  }

  @Test
  void touchingSpansAreNotMergedSoTheirBorderStaysFree() {
    SpanSet set = new SpanSet();
    set.add(0, 5);
    set.add(5, 9);
    assertFalse(set.overlaps(5, 5));
    assertTrue(set.overlaps(4, 6));
  }

  @Test
  void addIfFreeKeepsFirstComers() {
    SpanSet set = new SpanSet();
    assertTrue(set.addIfFree(3, 8));
    assertFalse(set.addIfFree(7, 12));
    assertTrue(set.addIfFree(8, 12));
  }

  @Test
  void emptySpansOverlapSpansAroundThem() {
    SpanSet set = new SpanSet();
    set.add(7, 7);
    assertTrue(set.overlaps(6, 8));
    assertFalse(set.overlaps(7, 9));
    assertFalse(set.overlaps(7, 7));
  }

  @Test
  void backwardsSpanIsACallerMistake() {
    assertThrows(IllegalArgumentException.class, () -> new SpanSet().add(5, 4));
  }

  @Test
  void answersAsAScanWouldOnRandomSpans() {
    Random random = new Random(14);
    for (int round = 0; round < 200; round++) {
      SpanSet set = new SpanSet();
      List<int[]> added = new ArrayList<>();
      for (int k = 0; k < 60; k++) {
        int s = random.nextInt(100);
        int e = s + random.nextInt(8);
        boolean scanned = added.stream().anyMatch(a -> overlaps(a, s, e));
        assertEquals(scanned, set.overlaps(s, e), "span [" + s + "," + e + ") after " + k);
        if (random.nextBoolean()) {
          set.add(s, e);
          added.add(new int[] {s, e});
        }
      }
    }
  }
}
