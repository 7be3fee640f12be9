package org.isnad.annotate.ner;

/**
 * A map from {@code long} keys to non-negative {@code int} rows, by open addressing (linear
 * probing), without boxing: {@link #get} answers -1 for an absent key. A slot's key and row lie
 * side by side in one array, so a look-up touches one cache line where two arrays cost two
 * misses. Filled once, then read-only and thread safe.
 */
final class LongRowMap {
  /** Slot {@code i}: key at {@code 2i}, row at {@code 2i + 1} (-1 when the slot is empty). */
  private long[] slots;
  private int size;

  LongRowMap() {
    slots = empty(16);
  }

  /** Maps {@code key} to {@code row} (a row of 0 or more). */
  void put(long key, int row) {
    if (row < 0) {
      throw new IllegalArgumentException("row must not be negative: " + row);
    }
    if (2 * (size + 1) > capacity()) {
      grow();
    }
    int mask = capacity() - 1;
    int at = slot(key, mask);
    while (slots[2 * at + 1] >= 0 && slots[2 * at] != key) {
      at = (at + 1) & mask;
    }
    if (slots[2 * at + 1] < 0) {
      size++;
    }
    slots[2 * at] = key;
    slots[2 * at + 1] = row;
  }

  /** The row of {@code key}, or -1. */
  int get(long key) {
    long[] s = slots;
    int mask = (s.length >> 1) - 1;
    int at = slot(key, mask) << 1;
    long row;
    while ((row = s[at + 1]) >= 0) {
      if (s[at] == key) {
        return (int) row;
      }
      at = (at + 2) & (2 * mask + 1);
    }
    return -1;
  }

  int size() {
    return size;
  }

  private int capacity() {
    return slots.length >> 1;
  }

  private static long[] empty(int capacity) {
    long[] s = new long[2 * capacity];
    for (int i = 1; i < s.length; i += 2) {
      s[i] = -1;
    }
    return s;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] old = slots;
    slots = empty(2 * (old.length >> 1));
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] >= 0) {
        put(old[i], (int) old[i + 1]);
      }
    }
  }
}
