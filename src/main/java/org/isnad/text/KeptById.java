package org.isnad.text;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the last linking computed for each id (an article, a row), with the input it computed
 * it from, kept in a running process so the next linking reuses a result whose input is equal
 * ({@code equals}) instead of computing it again. The caller names the input: an object whose
 * equality implies an equal result (the value itself, or the value with what its
 * {@code equals} leaves out). A result is reused only for the same id and an equal input, so
 * the results never depend on what was kept.
 *
 * <p>Bounded: {@link #turn()} (at the start of each linking) keeps only what the last linking
 * asked for. {@link #none()} keeps nothing (one-off runs). Thread safe.
 *
 * @param <V> the result; never mutated by its users
 */
public final class KeptById<V> {
  private record Kept<V>(Object input, V value) { }

  private final boolean keeps;
  private volatile Map<String, Kept<V>> previous = Map.of();
  private volatile Map<String, Kept<V>> current = new ConcurrentHashMap<>();

  private KeptById(boolean keeps) {
    this.keeps = keeps;
  }

  /** Keeps what each linking computed until the next one. */
  public static <V> KeptById<V> kept() {
    return new KeptById<>(true);
  }

  /** Keeps nothing: every call computes. */
  public static <V> KeptById<V> none() {
    return new KeptById<>(false);
  }

  /**
   * The result for {@code id}: the one kept when its input equals {@code input}, else
   * {@code compute}'s.
   */
  public V get(String id, Object input, Supplier<V> compute) {
    if (!keeps) {
      return compute.get();
    }
    Objects.requireNonNull(input, "input");
    Kept<V> was = previous.get(id);
    V value = was != null && was.input().equals(input) ? was.value() : compute.get();
    current.put(id, new Kept<>(input, value));
    return value;
  }

  /** Starts a linking: what the last one computed or reused stays, the rest is forgotten. */
  public synchronized void turn() {
    if (keeps) {
      previous = current;
      current = new ConcurrentHashMap<>();
    }
  }

  /**
   * Ends a linking: what the one before computed is forgotten now (as the next {@link #turn()}
   * would), so between linkings only the last one's results and inputs are held.
   */
  public synchronized void settle() {
    previous = Map.of();
  }

  /** Forgets everything (after a failed linking, or when the store changed under it). */
  public synchronized void clear() {
    previous = Map.of();
    current = new ConcurrentHashMap<>();
  }
}
