package org.isnad.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a pure function gave for each key during the last linking and the one before, kept in a
 * running process (a server whose store grows) so the next linking of nearly the same case
 * computes again only what is new. Results are looked up by the key's content ({@code equals}),
 * so a key must hold everything the function reads, and the function must be pure: then a
 * recalled value is the one it would compute, and the results never depend on what was kept.
 *
 * <p>Bounded: {@link #turn()} (at the start of each linking) forgets every key the previous
 * linking did not ask for, so it never holds more than two linkings' keys. {@link #none()}
 * keeps nothing (one-off runs). Thread safe.
 *
 * @param <K> the key: a value with content equality (strings, records of strings and numbers)
 * @param <V> the function's result; never mutated by its users
 */
public final class Recall<K, V> {
  private volatile Map<K, V> current = new ConcurrentHashMap<>();
  private volatile Map<K, V> previous = Map.of();
  private final boolean keeps;

  private Recall(boolean keeps) {
    this.keeps = keeps;
  }

  /** A recall that keeps what is asked until the linking after next. */
  public static <K, V> Recall<K, V> kept() {
    return new Recall<>(true);
  }

  /** A recall that keeps nothing: every call computes. */
  public static <K, V> Recall<K, V> none() {
    return new Recall<>(false);
  }

  /** {@code compute.apply(key)}, or the result kept for an equal key. */
  public V get(K key, Function<K, V> compute) {
    if (!keeps) {
      return compute.apply(key);
    }
    Map<K, V> now = current;
    V value = now.get(key);
    if (value != null) {
      return value;
    }
    value = previous.get(key);
    if (value == null) {
      value = compute.apply(key);
    }
    if (value != null) {
      now.put(key, value);
    }
    return value;
  }

  /** Starts a linking: what the last one asked stays, what it did not ask is forgotten. */
  public synchronized void turn() {
    if (keeps) {
      previous = current;
      current = new ConcurrentHashMap<>();
    }
  }

  /** How many keys are kept now, a key kept in both generations counted twice (tests). */
  public int size() {
    return current.size() + previous.size();
  }
}
