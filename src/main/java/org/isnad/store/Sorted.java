package org.isnad.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Maps copied in key order, so what is written from them reads the same in every run. */
final class Sorted {
  private Sorted() { }

  /** An unmodifiable copy of {@code map} in key order. */
  static <V> Map<String, V> map(Map<String, V> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
