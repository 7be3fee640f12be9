package org.isnad.text;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A growing set of half-open spans {@code [start, end)} that answers, in O(log n), whether a span
 * overlaps one already added, by the rule {@code a.start < b.end && b.start < a.end}. It answers
 * exactly as a scan over every added span would (empty spans included), but keeps only the union:
 * spans that overlap are merged, spans that merely touch are not (an empty span at their border
 * overlaps neither). Not thread safe.
 */
public final class SpanSet {
  /** Disjoint merged spans by start; touching neighbours stay apart. */
  private final TreeMap<Integer, Integer> spans = new TreeMap<>();
  /** Offsets of empty spans: one overlaps a span that holds it strictly inside. */
  private final TreeSet<Integer> points = new TreeSet<>();

  /** Whether {@code [start, end)} overlaps a span added before. */
  public boolean overlaps(int start, int end) {
    Integer point = points.higher(start);
    if (point != null && point < end) {
      return true;
    }
    Map.Entry<Integer, Integer> before = spans.lowerEntry(end);
    return before != null && before.getValue() > start;
  }

  /** Adds {@code [start, end)}. */
  public void add(int start, int end) {
    if (end < start) {
      throw new IllegalArgumentException("span [" + start + "," + end + ") ends before it starts");
    }
    if (start == end) {
      points.add(start);
      return;
    }
    int from = start;
    int to = end;
    Map.Entry<Integer, Integer> e = spans.lowerEntry(end);
    while (e != null && e.getValue() > start) {
      from = Math.min(from, e.getKey());
      to = Math.max(to, e.getValue());
      spans.remove(e.getKey());
      e = spans.lowerEntry(end);
    }
    spans.put(from, to);
  }

  /** Adds {@code [start, end)} unless it overlaps a span already added; whether it was added. */
  public boolean addIfFree(int start, int end) {
    if (overlaps(start, end)) {
      return false;
    }
    add(start, end);
    return true;
  }
}
