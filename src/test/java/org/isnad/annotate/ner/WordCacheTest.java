package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tagger's word cache: bounded, and a word in steady use survives a new generation. */
class WordCacheTest {
  @Test
  void aWordInSteadyUseStaysWhileRareWordsGo() {
    WordCache<Integer> cache = new WordCache<>(3);
    cache.put("قال", 1);
    for (String rare : new String[] {"مطر", "نهر", "جبل", "سهل", "بحر", "وادي", "تل"}) {
      assertEquals(1, cache.get("قال"), "a word seen in every generation is kept");
      cache.put(rare, 0);
    }
    assertEquals(1, cache.get("قال"));
    assertNull(cache.get("مطر"), "a word not seen for two generations is dropped");
    assertEquals(0, cache.get("تل"));
  }

  @Test
  void atMostTwoGenerationsAreKept() {
    WordCache<Integer> cache = new WordCache<>(100);
    for (int i = 0; i < 10_000; i++) {
      cache.put("كلمة" + i, i);
    }
    assertTrue(cache.size() <= 200, "size " + cache.size());
  }
}
