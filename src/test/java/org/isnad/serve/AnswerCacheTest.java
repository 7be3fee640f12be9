package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Answers are given back only for the version they were made at, within the byte bound. */
class AnswerCacheTest {
  private static final byte[] A = {1, 2, 3};
  private static final byte[] B = {4, 5};

  @Test
  void anAnswerIsGivenBackAtItsVersionOnly() {
    AnswerCache cache = new AnswerCache(1_000);
    cache.put("/events?", 3, A);
    assertArrayEquals(A, cache.get("/events?", 3));
    assertNull(cache.get("/events?limit=1", 3), "another request");
    assertNull(cache.get("/events?", 4), "a newer version");
    assertNull(cache.get("/events?", 2), "an older version");
  }

  @Test
  void aNewVersionDropsTheOlderAnswersAndAnOlderOneKeepsNothing() {
    AnswerCache cache = new AnswerCache(1_000);
    cache.put("x", 3, A);
    cache.put("y", 4, B);
    assertEquals(1, cache.size());
    assertNull(cache.get("x", 3));
    // a slow request that read version 3 before the change does not bring it back
    cache.put("x", 3, A);
    assertNull(cache.get("x", 3));
    assertArrayEquals(B, cache.get("y", 4));
  }

  @Test
  void aViewThatCannotTellItsVersionKeepsNothing() {
    AnswerCache cache = new AnswerCache(1_000);
    cache.put("x", -1, A);
    assertNull(cache.get("x", -1));
    assertEquals(0, cache.size());
  }

  @Test
  void theLeastRecentlyAskedGoFirstAndLargeAnswersAreNotKept() {
    AnswerCache cache = new AnswerCache(80);
    cache.put("a", 1, new byte[10]);
    cache.put("b", 1, new byte[10]);
    cache.put("c", 1, new byte[10]);
    cache.get("a", 1);
    for (int i = 0; i < 6; i++) {
      cache.put("d" + i, 1, new byte[10]);
    }
    assertNull(cache.get("b", 1), "least recently asked");
    assertEquals(10, cache.get("a", 1).length);
    cache.put("big", 1, new byte[11]);
    assertNull(cache.get("big", 1), "over an eighth of the bound");
    assertThrows(IllegalArgumentException.class, () -> new AnswerCache(-1));
  }
}
