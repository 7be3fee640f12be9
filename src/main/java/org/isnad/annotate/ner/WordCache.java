package org.isnad.annotate.ner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the tagger computed for recently seen words, at most about twice {@code generation}
 * words: when the young generation is full it becomes the old one (the older one is dropped),
 * and a word found in the old generation moves to the young one, so words in steady use stay
 * while rare ones go. Thread safe; a value must depend on its word alone, so that what is kept
 * never changes a result (a race at most computes a word twice).
 */
final class WordCache<V> {
  private final int generation;
  private volatile Map<String, V> young;
  private volatile Map<String, V> old = Map.of();

  WordCache(int generation) {
    if (generation < 1) {
      throw new IllegalArgumentException("generation must be positive: " + generation);
    }
    this.generation = generation;
    this.young = fresh();
  }

  /** The value kept for {@code word}, or {@code null}. */
  V get(String word) {
    V value = young.get(word);
    if (value == null) {
      value = old.get(word);
      if (value != null) {
        put(word, value);
      }
    }
    return value;
  }

  /** Keeps {@code value} for {@code word}, starting a new generation when the young is full. */
  void put(String word, V value) {
    Map<String, V> current = young;
    if (current.size() >= generation) {
      synchronized (this) {
        if (young == current) {
          old = current;
          young = fresh();
        }
      }
    }
    young.put(word, value);
  }

  /** An empty generation sized for all its words (it never grows by copying). */
  private Map<String, V> fresh() {
    return new ConcurrentHashMap<>(Math.min(generation, 1 << 20) * 4 / 3 + 1);
  }

  /** Words kept, in both generations (a word may be counted twice). */
  int size() {
    return young.size() + old.size();
  }
}
