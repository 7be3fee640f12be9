package org.isnad.text;

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
 * <p>One map holds every kept result with the number of the last linking that asked for it: a
 * result asked again is only marked, not put anew, so a linking that asks for nearly the same
 * keys as the last one allocates nothing for them (a map made afresh each linking put 100,000
 * and more entries again on every upload, and the collector copied them all).
 *
 * @param <K> the key: a value with content equality (strings, records of strings and numbers)
 * @param <V> the function's result; never mutated by its users
 */
public final class Recall<K, V> {
  private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();
  private final boolean keeps;
  /** The number of the linking under way. */
  private volatile int linking;

  /** A kept result and the last linking that asked for it. */
  private static final class Kept<V> {
    final V value;
    volatile int asked;

    Kept(V value, int asked) {
      this.value = value;
      this.asked = asked;
    }
  }

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
    int now = linking;
    Kept<V> was = kept.get(key);
    if (was != null) {
      if (was.asked != now) {
        was.asked = now;
      }
      return was.value;
    }
    V value = compute.apply(key);
    if (value != null) {
      kept.putIfAbsent(key, new Kept<>(value, now));
    }
    return value;
  }

  /** Starts a linking: what the last one asked stays, what it did not ask is forgotten. */
  public synchronized void turn() {
    if (keeps) {
      int last = linking;
      kept.values().removeIf(k -> k.asked != last);
      linking = last + 1;
    }
  }

  /**
   * Ends a linking: forgets now what it did not ask (as the next {@link #turn()} would), so
   * that between linkings only the last one's results are held, not also the one's before.
   */
  public synchronized void settle() {
    if (keeps) {
      int now = linking;
      kept.values().removeIf(k -> k.asked != now);
    }
  }

  /** How many keys are kept now (tests). */
  public int size() {
    return kept.size();
  }
}
