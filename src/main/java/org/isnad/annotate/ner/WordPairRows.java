package org.isnad.annotate.ner;

import java.util.ArrayList;
import java.util.HashMap;
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
  /** By feature: its rows at {@code left * side + right}, or null (then {@link #rows}). */
  private final int[][] dense;
  private final int[] side;
  /**
   * The weights of the pair features' rows, side by side ({@link #width} a row): the tagger
   * reads several pair rows per word, and a few hundred kilobytes of them stay in the
   * processor's caches where the rows scattered through the model's table do not.
   */
  private final float[] weights;
  private final int width;
  /** By row here: the model's row. */
  private final int[] modelRows;
  /** Every pair feature's row here. */
  private final Map<String, Integer> features;
  /** By token id: bit 2t when it stands left in a pair of feature t, bit 2t+1 when right. */
  private final int[] sides;
  /** Bits of a token id: a pair's key is the left id above the right one. */
  private final int idBits;

  private record Entry(int t, int left, int right, int row) {}

  /**
   * The pair features of {@code index} (feature → row of {@code weights}, {@code width} weights
   * a row) whose names start with one of {@code prefixes}, their tokens' ids from
   * {@code tokenIds}.
   */
  WordPairRows(String[] prefixes, Map<String, Integer> index, Map<String, Integer> tokenIds,
      float[] weights, int width) {
    if (prefixes.length > 16) {
      throw new IllegalArgumentException("at most 16 pair features: " + prefixes.length);
    }
    this.width = width;
    java.util.TreeMap<Integer, String> paired = new java.util.TreeMap<>();
    index.forEach((feature, row) -> {
      for (String prefix : prefixes) {
        if (feature.startsWith(prefix)) {
          paired.put(row, feature);
        }
      }
    });
    modelRows = new int[paired.size()];
    this.weights = new float[paired.size() * width];
    this.features = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<Integer, String> e : paired.entrySet()) {
      int row = features.size();
      modelRows[row] = e.getKey();
      System.arraycopy(weights, e.getKey() * width, this.weights, row * width, width);
      String feature = e.getValue();
      features.put(feature, row);
      for (int t = 0; t < prefixes.length; t++) {
        if (feature.startsWith(prefixes[t])) {
          addSplits(entries, t, feature.substring(prefixes[t].length()), row, tokenIds);
        }
      }
    }
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
    idBits = LongRowMap.bits(tokens);
    dense = new int[prefixes.length][];
    side = new int[prefixes.length];
    for (int t = 0; t < prefixes.length; t++) {
      rows[t] = new LongRowMap(2 * idBits);
      if (maxId[t] < DENSE) {
        side[t] = maxId[t] + 1;
        dense[t] = new int[side[t] * side[t]];
        java.util.Arrays.fill(dense[t], -1);
      }
    }
    for (Entry e : entries) {
      if (dense[e.t()] != null) {
        dense[e.t()][e.left() * side[e.t()] + e.right()] = e.row();
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

  private long key(int left, int right) {
    return ((long) left << idBits) | right;
  }

  /** The row of a pair feature by its name (when a token has no id), or -1. */
  int row(String feature) {
    Integer row = features.get(feature);
    return row == null ? -1 : row;
  }

  /** The model's row of row {@code row} here. */
  int modelRow(int row) {
    return modelRows[row];
  }

  /** Adds the weights of row {@code row} here to {@code scores[at …]}, as the model's row. */
  void addRow(int row, float[] scores, int at) {
    int base = row * width;
    for (int l = 0; l < width; l++) {
      scores[at + l] += weights[base + l];
    }
  }

  /**
   * The row (here: see {@link #addRow}) of pair feature {@code t} joining tokens {@code left}
   * and {@code right}, or -1.
   */
  int row(int t, int left, int right) {
    int[] table = dense[t];
    if (table != null) {
      int w = side[t];
      return left < w && right < w ? table[left * w + right] : -1;
    }
    if (left >= sides.length || right >= sides.length
        || (sides[left] & (1 << (2 * t))) == 0 || (sides[right] & (2 << (2 * t))) == 0) {
      return -1;
    }
    return rows[t].get(key(left, right));
  }
}
