package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    WordPairRows rows = pairRows(new String[] {"w-1w=", "ww+1="}, index, tokens);
    assertEquals(7, modelRow(rows, rows.row(0, 0, 1)));
    assertEquals(-1, rows.row(0, 1, 0));
    assertEquals(8, modelRow(rows, rows.row(0, 2, 2)));  // "|" then "|"
    assertEquals(-1, rows.row(0, 2, 0));
    assertEquals(-1, rows.row(1, 0, 1));
    assertEquals(9, modelRow(rows, rows.row(1, 3, 0)));
  }

  @Test
  void primitiveMapKeepsEveryKeyAfterGrowing() {
    LongRowMap map = new LongRowMap(48);
    for (int i = 0; i < 10_000; i++) {
      map.put(((long) i << 24) | (i * 7L), i);
    }
    assertEquals(10_000, map.size());
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i, map.get(((long) i << 24) | (i * 7L)));
      assertEquals(-1, map.get(((long) i << 24) | (i * 7L + 1)));
    }
  }

  @Test
  void primitiveMapHoldsRowZeroAndTheLargestKeyAndRowItsBitsAllow() {
    LongRowMap map = new LongRowMap(40);
    long largestKey = (1L << 40) - 1;
    int largestRow = (1 << 24) - 2;
    map.put(0, 0);
    map.put(largestKey, largestRow);
    assertEquals(0, map.get(0));
    assertEquals(largestRow, map.get(largestKey));
    assertEquals(-1, map.get(1));
    assertThrows(IllegalArgumentException.class, () -> map.put(1L << 40, 1));
    assertThrows(IllegalArgumentException.class, () -> map.put(1, largestRow + 1));
  }

  @Test
  void classPairsInTheSquareTableAndWordPairsBehindTheSideFilter() {
    Map<String, Integer> tokens = Map.of("<s>", 0, "1", 1, "2", 2, "بشار", 200, "الأسد", 201);
    Map<String, Integer> index = Map.of("c-1c=1|2", 3, "c-1c=<s>|1", 4, "w-1w=بشار|الأسد", 5);
    WordPairRows rows = pairRows(new String[] {"w-1w=", "c-1c="}, index, tokens);
    assertEquals(3, modelRow(rows, rows.row(1, 1, 2)));
    assertEquals(4, modelRow(rows, rows.row(1, 0, 1)));
    assertEquals(-1, rows.row(1, 2, 1));
    assertEquals(-1, rows.row(1, 200, 1));  // beyond the square table
    assertEquals(5, modelRow(rows, rows.row(0, 200, 201)));
    assertEquals(-1, rows.row(0, 201, 200));  // each token on the wrong side
    assertEquals(-1, rows.row(0, 200, 200));
  }

  @Test
  void pairWeightsAreTheModelRowsWeights() {
    Map<String, Integer> tokens = Map.of("بشار", 0, "الأسد", 1);
    float[] weights = {0f, 0f, 1.5f, -2f, 0.25f, 7f};
    WordPairRows rows = new WordPairRows(new String[] {"w-1w="},
        Map.of("w-1w=بشار|الأسد", 1, "p1=ب", 0, "w-1w=الأسد|بشار", 2), tokens, weights, 2);
    float[] scores = {1f, 1f};
    rows.addRow(rows.row(0, 0, 1), scores, 0);
    assertEquals(2.5f, scores[0]);
    assertEquals(-1f, scores[1]);
    assertEquals(2, rows.modelRow(rows.row("w-1w=الأسد|بشار")));
    assertEquals(-1, rows.row("p1=ب"));
  }

  private static WordPairRows pairRows(String[] prefixes, Map<String, Integer> index,
      Map<String, Integer> tokens) {
    int rows = index.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    return new WordPairRows(prefixes, index, tokens, new float[rows], 1);
  }

  private static int modelRow(WordPairRows rows, int row) {
    return row < 0 ? -1 : rows.modelRow(row);
  }
}
