package org.isnad.annotate.ner;

import java.util.Map;

/**
 * The model's rows of word-pair features ({@link NerFeatures#BIGRAMS}: "w-1w=" left "|" right
 * …) keyed by the ids of their two tokens, so that the tagger finds a pair's weights without
 * building its string. A feature string that splits at more than one "|" into two known tokens
 * is reachable by each split (each split builds that same string). Read-only and thread safe.
 */
final class WordPairRows {
  private final LongRowMap[] rows;

  WordPairRows(String[] prefixes, Map<String, Integer> index, Map<String, Integer> tokenIds) {
    rows = new LongRowMap[prefixes.length];
    for (int t = 0; t < prefixes.length; t++) {
      rows[t] = new LongRowMap();
    }
    index.forEach((feature, row) -> {
      for (int t = 0; t < prefixes.length; t++) {
        if (feature.startsWith(prefixes[t])) {
          addSplits(rows[t], feature.substring(prefixes[t].length()), row, tokenIds);
        }
      }
    });
  }

  private static void addSplits(LongRowMap map, String pair, int row,
      Map<String, Integer> tokenIds) {
    for (int bar = pair.indexOf('|'); bar >= 0; bar = pair.indexOf('|', bar + 1)) {
      Integer left = tokenIds.get(pair.substring(0, bar));
      Integer right = tokenIds.get(pair.substring(bar + 1));
      if (left != null && right != null) {
        map.put(key(left, right), row);
      }
    }
  }

  private static long key(int left, int right) {
    return ((long) left << 32) | (right & 0xFFFFFFFFL);
  }

  /** The row of pair feature {@code t} joining tokens {@code left} and {@code right}, or -1. */
  int row(int t, int left, int right) {
    return rows[t].get(key(left, right));
  }
}
