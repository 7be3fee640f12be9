package org.isnad.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * A fixed list of items with spans {@code [start, end)} (any offsets), indexed by start so that
 * asking for the items of a window costs O(log n) plus the items whose start lies in it, never a
 * scan of the whole list. Every answer keeps the items in the order of the given list, so a caller
 * that took "the first" or "the last" while scanning the list gets the same item. Immutable and
 * thread safe when the items are.
 *
 * @param <T> the items
 */
public final class SpanIndex<T> {
  private final List<T> items;
  /** Positions in {@code items}, sorted by start. */
  private final int[] byStart;
  private final int[] starts;
  private final int[] ends;
  /** Greatest end among {@code byStart[0..i]}: where a backward search may stop. */
  private final int[] reach;

  private SpanIndex(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
    this.items = List.copyOf(items);
    int n = this.items.size();
    starts = new int[n];
    ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = start.applyAsInt(this.items.get(i));
      ends[i] = end.applyAsInt(this.items.get(i));
    }
    byStart = java.util.stream.IntStream.range(0, n).boxed()
        .sorted((a, b) -> Integer.compare(starts[a], starts[b]))
        .mapToInt(Integer::intValue).toArray();
    reach = new int[n];
    for (int i = 0; i < n; i++) {
      reach[i] = Math.max(i == 0 ? Integer.MIN_VALUE : reach[i - 1], ends[byStart[i]]);
    }
  }

  /** The index of {@code items}, spans given by {@code start} and {@code end}. */
  public static <T> SpanIndex<T> of(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return new SpanIndex<>(items, start, end);
  }

  /** The items with {@code from <= start <= to}, in list order. */
  public List<T> startingIn(int from, int to) {
    List<Integer> found = new ArrayList<>();
    for (int i = firstStartingAtOrAfter(from); i < byStart.length && starts[byStart[i]] <= to;
        i++) {
      found.add(byStart[i]);
    }
    return inListOrder(found);
  }

  /** The items with {@code from <= start} and {@code end <= to}, in list order. */
  public List<T> within(int from, int to) {
    List<Integer> found = new ArrayList<>();
    for (int i = firstStartingAtOrAfter(from); i < byStart.length && starts[byStart[i]] <= to;
        i++) {
      if (ends[byStart[i]] <= to) {
        found.add(byStart[i]);
      }
    }
    return inListOrder(found);
  }

  /**
   * The items with {@code start < to} and {@code end > from}, in list order. Costs the items that
   * start before {@code to} back to the last one whose span could still reach {@code from}.
   */
  public List<T> overlapping(int from, int to) {
    List<Integer> found = new ArrayList<>();
    for (int i = firstStartingAtOrAfter(to) - 1; i >= 0 && reach[i] > from; i--) {
      if (ends[byStart[i]] > from) {
        found.add(byStart[i]);
      }
    }
    return inListOrder(found);
  }

  /**
   * The first item in list order with {@code start <= point < end}, or {@code null}. Costs the
   * items that start before {@code point} back to the last one whose span could still reach it:
   * few when spans do not pile up (statements, sentences).
   */
  public T firstContaining(int point) {
    int best = -1;
    int after = point == Integer.MAX_VALUE ? byStart.length : firstStartingAtOrAfter(point + 1);
    for (int i = after - 1; i >= 0 && reach[i] > point; i--) {
      int item = byStart[i];
      if (ends[item] > point && (best < 0 || item < best)) {
        best = item;
      }
    }
    return best < 0 ? null : items.get(best);
  }

  private int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = byStart.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[byStart[mid]] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private List<T> inListOrder(List<Integer> positions) {
    int[] sorted = positions.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(sorted);
    List<T> out = new ArrayList<>(sorted.length);
    for (int p : sorted) {
      out.add(items.get(p));
    }
    return out;
  }
}
