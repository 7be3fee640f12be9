package org.isnad.annotate.ner;

import java.util.Map;

/**
 * The model's rows of features written as a tag followed by a value ("p2=" + "بش"), keyed by
 * the tag and the value's {@link String#hashCode}, so that a value that is a range of a word's
 * characters is found without building its string. Every hit is checked against the feature's
 * own characters, and two features of one tag whose values share a hash are looked up by
 * their built string, so a row found here is exactly the row of the built string. Read-only and
 * thread safe.
 */
final class TaggedRows {
  private final String[] tags;
  private final Map<String, Integer> index;
  private final LongRowMap rows;
  private final String[] features;
  /** The row of a key shared by two features of one tag (no feature's): the built string. */
  private final int shared;

  TaggedRows(String[] tags, Map<String, Integer> index) {
    this.tags = tags.clone();
    this.index = index;
    int max = -1;
    for (int row : index.values()) {
      max = Math.max(max, row);
    }
    features = new String[max + 1];
    shared = max + 1;
    rows = new LongRowMap(32 + LongRowMap.bits(tags.length));
    index.forEach((feature, row) -> {
      features[row] = feature;
      for (int t = 0; t < tags.length; t++) {
        if (feature.startsWith(tags[t])) {
          long key = key(t, feature.substring(tags[t].length()).hashCode());
          int old = rows.get(key);
          rows.put(key, old >= 0 && old != row ? shared : row);
        }
      }
    });
  }

  /** The row of tag {@code t} followed by {@code value}, or -1. */
  int row(int t, String value) {
    return row(t, value, 0, value.length());
  }

  /** The row of tag {@code t} followed by {@code s[start, end)}, or -1. */
  int row(int t, String s, int start, int end) {
    int row = rows.get(key(t, hash(0, s, start, end)));
    if (row == shared) {
      return lookup(tags[t] + s.substring(start, end));
    }
    if (row < 0) {
      return -1;
    }
    String f = features[row];
    int at = tags[t].length();
    return f.length() == at + end - start && f.regionMatches(at, s, start, end - start) ? row
        : -1;
  }

  /** The row of tag {@code t} followed by {@code s[start, end)}, {@code sep} and {@code b}. */
  int row(int t, String s, int start, int end, char sep, String b) {
    int h = hash(31 * hash(0, s, start, end) + sep, b, 0, b.length());
    int row = rows.get(key(t, h));
    if (row == shared) {
      return lookup(tags[t] + s.substring(start, end) + sep + b);
    }
    if (row < 0) {
      return -1;
    }
    String f = features[row];
    int at = tags[t].length();
    int len = end - start;
    return f.length() == at + len + 1 + b.length() && f.regionMatches(at, s, start, len)
        && f.charAt(at + len) == sep && f.regionMatches(at + len + 1, b, 0, b.length()) ? row
        : -1;
  }

  private int lookup(String feature) {
    Integer row = index.get(feature);
    return row == null ? -1 : row;
  }

  /** {@link String#hashCode} of {@code s[start, end)} continued from {@code h}. */
  private static int hash(int h, String s, int start, int end) {
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  private static long key(int t, int hash) {
    return ((long) t << 32) | (hash & 0xFFFFFFFFL);
  }
}
