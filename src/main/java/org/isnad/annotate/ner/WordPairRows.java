package org.isnad.annotate.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The model's rows of word-pair features ({@link NerFeatures#BIGRAMS}: "w-1w=" left "|" right
 * …) keyed by the ids of their two tokens, so that the tagger finds a pair's weights without
 * building its string. A feature string that splits at more than one "|" into two known tokens
 * is reachable by each split (each split builds that same string). A feature whose tokens all
 * have small ids (word classes, sentence edges) is a square table indexed by both ids; the
 * others go through a hash map, asked only when both tokens stand on their side of some pair of
 * that feature (most pairs of running text are not in the model). Read-only and thread safe.
 */
final class WordPairRows {
  /** Features whose token ids all stay below this get a square table. */
  static final int DENSE = 128;
  private final LongRowMap[] rows;
  /** By feature: its rows at {@code left * width + right}, or null (then {@link #rows}). */
  private final int[][] dense;
  private final int[] width;
  /** By token id: bit 2t when it stands left in a pair of feature t, bit 2t+1 when right. */
  private final int[] sides;

  private record Entry(int t, int left, int right, int row) {}

  WordPairRows(String[] prefixes, Map<String, Integer> index, Map<String, Integer> tokenIds) {
    if (prefixes.length > 16) {
      throw new IllegalArgumentException("at most 16 pair features: " + prefixes.length);
    }
    List<Entry> entries = new ArrayList<>();
    index.forEach((feature, row) -> {
      for (int t = 0; t < prefixes.length; t++) {
        if (feature.startsWith(prefixes[t])) {
          addSplits(entries, t, feature.substring(prefixes[t].length()), row, tokenIds);
        }
      }
    });
    int tokens = 0;
    for (int id : tokenIds.values()) {
      tokens = Math.max(tokens, id + 1);
    }
    sides = new int[tokens];
    int[] maxId = new int[prefixes.length];
    for (Entry e : entries) {
      sides[e.left()] |= 1 << (2 * e.t());
      sides[e.right()] |= 2 << (2 * e.t());
      maxId[e.t()] = Math.max(maxId[e.t()], Math.max(e.left(), e.right()));
    }
    rows = new LongRowMap[prefixes.length];
    dense = new int[prefixes.length][];
    width = new int[prefixes.length];
    for (int t = 0; t < prefixes.length; t++) {
      rows[t] = new LongRowMap();
      if (maxId[t] < DENSE) {
        width[t] = maxId[t] + 1;
        dense[t] = new int[width[t] * width[t]];
        java.util.Arrays.fill(dense[t], -1);
      }
    }
    for (Entry e : entries) {
      if (dense[e.t()] != null) {
        dense[e.t()][e.left() * width[e.t()] + e.right()] = e.row();
      } else {
        rows[e.t()].put(key(e.left(), e.right()), e.row());
      }
    }
  }

  private static void addSplits(List<Entry> entries, int t, String pair, int row,
      Map<String, Integer> tokenIds) {
    for (int bar = pair.indexOf('|'); bar >= 0; bar = pair.indexOf('|', bar + 1)) {
      Integer left = tokenIds.get(pair.substring(0, bar));
      Integer right = tokenIds.get(pair.substring(bar + 1));
      if (left != null && right != null) {
        entries.add(new Entry(t, left, right, row));
      }
    }
  }

  private static long key(int left, int right) {
    return ((long) left << 32) | (right & 0xFFFFFFFFL);
  }

  /** The row of pair feature {@code t} joining tokens {@code left} and {@code right}, or -1. */
  int row(int t, int left, int right) {
    int[] table = dense[t];
    if (table != null) {
      int w = width[t];
      return left < w && right < w ? table[left * w + right] : -1;
    }
    if (left >= sides.length || right >= sides.length
        || (sides[left] & (1 << (2 * t))) == 0 || (sides[right] & (2 << (2 * t))) == 0) {
      return -1;
    }
    return rows[t].get(key(left, right));
  }
}
