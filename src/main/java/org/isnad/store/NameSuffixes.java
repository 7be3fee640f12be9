package org.isnad.store;

import java.util.Arrays;

/**
 * Where a query occurs in a list of names, as a suffix array: every place in the names laid end
 * to end, sorted by the suffix that starts there, so the places a query occurs are one block
 * found by two binary searches ({@link EntityNames} looks entity names up through it).
 * Immutable, thread safe.
 */
final class NameSuffixes {
  /** What a lookup reports for each occurrence: the name's index and where in it q starts. */
  interface Occurrence {
    void at(int name, int offset);
  }

  private final String[] names;
  /** Where each name starts in the names laid end to end, and the name at each place. */
  private final int[] nameStart;
  private final int[] nameAt;
  /** The places in the names laid end to end, sorted by the suffix that starts there. */
  private final int[] suffixes;

  NameSuffixes(String[] names) {
    this.names = names.clone();
    this.nameStart = new int[names.length + 1];
    for (int n = 0; n < names.length; n++) {
      nameStart[n + 1] = nameStart[n] + names[n].length();
    }
    this.nameAt = new int[nameStart[names.length]];
    for (int i = 0; i < names.length; i++) {
      Arrays.fill(nameAt, nameStart[i], nameStart[i + 1], i);
    }
    this.suffixes = sortedSuffixes();
  }

  /** Calls {@code each} for every place {@code q} occurs, in the order of the suffixes. */
  void occurrences(String q, Occurrence each) {
    for (int i = first(q, false), end = first(q, true); i < end; i++) {
      int place = suffixes[i];
      int name = nameAt[place];
      each.at(name, place - nameStart[name]);
    }
  }

  private static final int SMALL = 12;

  /**
   * Every place sorted by its suffix. Design decision: a comparison sort of 1.6 million boxed
   * places took 7–9 s on a loaded two-core machine, most of it comparing again the characters
   * that many suffixes share («ال», «عبد ال»…); a three-way radix quicksort (Bentley and
   * Sedgewick, "Fast algorithms for sorting and searching strings", 1997) looks at each shared
   * character once. Same order as {@link #compareSuffixes}.
   */
  private int[] sortedSuffixes() {
    int[] places = new int[nameAt.length];
    Arrays.setAll(places, i -> i);
    sort(places, 0, places.length, 0);
    return places;
  }

  /** Sorts {@code places[lo, hi)}, whose suffixes share their first {@code depth} characters. */
  private void sort(int[] places, int lo, int hi, int depth) {
    while (hi - lo > SMALL) {
      int pivot = charAt(places[(lo + hi) >>> 1], depth);
      int lt = lo;
      int gt = hi - 1;
      for (int i = lo; i <= gt; ) {
        int c = charAt(places[i], depth);
        if (c < pivot) {
          swap(places, lt++, i++);
        } else if (c > pivot) {
          swap(places, i, gt--);
        } else {
          i++;
        }
      }
      sort(places, lo, lt, depth);
      if (pivot < 0) {
        Arrays.sort(places, lt, gt + 1); // the same suffix: by place
      } else {
        sort(places, lt, gt + 1, depth + 1);
      }
      lo = gt + 1;
    }
    for (int i = lo + 1; i < hi; i++) {
      for (int j = i; j > lo && compareSuffixes(places[j - 1], places[j]) > 0; j--) {
        swap(places, j - 1, j);
      }
    }
  }

  /** The character {@code depth} places into the suffix at {@code place}; -1 past its end. */
  private int charAt(int place, int depth) {
    String name = names[nameAt[place]];
    int at = place - nameStart[nameAt[place]] + depth;
    return at < name.length() ? name.charAt(at) : -1;
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  private int compareSuffixes(int a, int b) {
    String x = names[nameAt[a]];
    String y = names[nameAt[b]];
    int i = a - nameStart[nameAt[a]];
    int j = b - nameStart[nameAt[b]];
    for (; i < x.length() && j < y.length(); i++, j++) {
      int c = Character.compare(x.charAt(i), y.charAt(j));
      if (c != 0) {
        return c;
      }
    }
    int shorter = Integer.compare(x.length() - i, y.length() - j);
    return shorter != 0 ? shorter : Integer.compare(a, b);
  }

  /**
   * The first suffix starting with {@code q} ({@code after}: the first one after those), by
   * binary search.
   */
  private int first(String q, boolean after) {
    int lo = 0;
    int hi = suffixes.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int c = compareToQuery(suffixes[mid], q);
      if (c < 0 || (after && c == 0)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The suffix at {@code place} against {@code q}: 0 when it starts with q. */
  private int compareToQuery(int place, String q) {
    String name = names[nameAt[place]];
    int at = place - nameStart[nameAt[place]];
    for (int k = 0; k < q.length(); k++) {
      if (at + k == name.length()) {
        return -1;
      }
      int c = Character.compare(name.charAt(at + k), q.charAt(k));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
