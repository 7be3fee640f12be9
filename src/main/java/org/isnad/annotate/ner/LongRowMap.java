package org.isnad.annotate.ner;

/**
 * A map from {@code long} keys to non-negative {@code int} rows, by open addressing (linear
 * probing), without boxing: {@link #get} answers -1 for an absent key. Filled once, then
 * read-only and thread safe.
 */
final class LongRowMap {
  private long[] keys;
  private int[] rows;
  private int size;

  LongRowMap() {
    keys = new long[16];
    rows = new int[16];
    java.util.Arrays.fill(rows, -1);
  }

  /** Maps {@code key} to {@code row} (a row of 0 or more). */
  void put(long key, int row) {
    if (row < 0) {
      throw new IllegalArgumentException("row must not be negative: " + row);
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int at = slot(key, mask);
    while (rows[at] >= 0 && keys[at] != key) {
      at = (at + 1) & mask;
    }
    if (rows[at] < 0) {
      size++;
    }
    keys[at] = key;
    rows[at] = row;
  }

  /** The row of {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    int at = slot(key, mask);
    int row;
    while ((row = rows[at]) >= 0) {
      if (keys[at] == key) {
        return row;
      }
      at = (at + 1) & mask;
    }
    return -1;
  }

  int size() {
    return size;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldRows.length * 2];
    java.util.Arrays.fill(rows, -1);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldRows[i] >= 0) {
        put(oldKeys[i], oldRows[i]);
      }
    }
  }
}
