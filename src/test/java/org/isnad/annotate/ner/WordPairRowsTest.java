package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tagger's look-up of word-pair features by token ids finds exactly the rows of the feature
 * strings, also when a token holds the "|" that joins the pair, and the primitive map keeps
 * every key after growing.
 */
class WordPairRowsTest {
  @Test
  void findsPairsByTokenIdsAlsoWhenATokenHoldsTheBar() {
    Map<String, Integer> tokens = Map.of("بشار", 0, "الأسد", 1, "|", 2, "<s>", 3);
    Map<String, Integer> index = Map.of("w-1w=بشار|الأسد", 7, "w-1w=|||", 8,
        "ww+1=<s>|بشار", 9, "p1=ب", 10);
    WordPairRows rows = new WordPairRows(new String[] {"w-1w=", "ww+1="}, index, tokens);
    assertEquals(7, rows.row(0, 0, 1));
    assertEquals(-1, rows.row(0, 1, 0));
    assertEquals(8, rows.row(0, 2, 2));  // "|" then "|"
    assertEquals(-1, rows.row(0, 2, 0));
    assertEquals(-1, rows.row(1, 0, 1));
    assertEquals(9, rows.row(1, 3, 0));
  }

  @Test
  void primitiveMapKeepsEveryKeyAfterGrowing() {
    LongRowMap map = new LongRowMap();
    for (int i = 0; i < 10_000; i++) {
      map.put(((long) i << 32) | (i * 7L), i);
    }
    assertEquals(10_000, map.size());
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i, map.get(((long) i << 32) | (i * 7L)));
      assertEquals(-1, map.get(((long) i << 32) | (i * 7L + 1)));
    }
  }
}
