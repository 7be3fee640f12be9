package org.isnad.annotate.ner;

/**
 * A map from keys of at most {@code keyBits} bits to non-negative {@code int} rows, by open
 * addressing (linear probing), without boxing: {@link #get} answers -1 for an absent key. A slot
 * is one {@code long}, the key above the row (plus one, so that 0 marks an empty slot): a
 * look-up reads one word of memory per probe, and the table is half the size of separate key
 * and row arrays (the tagger's look-ups mostly miss the processor's caches). Filled once, then
 * read-only and thread safe.
 */
final class LongRowMap {
  private final int rowBits;
  private final long keyLimit;
  private final long rowMask;
  private long[] slots = new long[16];
  private int size;

  /** A map of keys in {@code [0, 2^keyBits)} (keyBits from 1 to 48). */
  LongRowMap(int keyBits) {
    if (keyBits < 1 || keyBits > 48) {
      throw new IllegalArgumentException("key bits must be from 1 to 48: " + keyBits);
    }
    rowBits = 64 - keyBits;
    keyLimit = 1L << keyBits;
    rowMask = (1L << rowBits) - 1;
  }

  /** The number of bits that hold every value below {@code limit} (at least 1). */
  static int bits(long limit) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, limit - 1)));
  }

  /** Maps {@code key} to {@code row} (a row of 0 or more). */
  void put(long key, int row) {
    if (row < 0 || row + 1L > rowMask) {
      throw new IllegalArgumentException("row out of range: " + row);
    }
    if (key < 0 || key >= keyLimit) {
      throw new IllegalArgumentException("key out of range: " + key);
    }
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int at = slot(key, mask);
    while (slots[at] != 0 && slots[at] >>> rowBits != key) {
      at = (at + 1) & mask;
    }
    if (slots[at] == 0) {
      size++;
    }
    slots[at] = key << rowBits | (row + 1L);
  }

  /** The row of {@code key}, or -1. */
  int get(long key) {
    long[] s = slots;
    int mask = s.length - 1;
    int at = slot(key, mask);
    long v;
    while ((v = s[at]) != 0) {
      if (v >>> rowBits == key) {
        return (int) (v & rowMask) - 1;
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
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long v : old) {
      if (v != 0) {
        put(v >>> rowBits, (int) (v & rowMask) - 1);
      }
    }
  }
}
