package org.isnad.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;

/**
 * Near-duplicate and syndicated copies: articles whose normalised word 4-shingles overlap enough
 * (Jaccard at least {@value #JACCARD}, or one text contained in the other at
 * {@value #CONTAINMENT}). Candidates come from MinHash with locality-sensitive hashing
 * ({@value #BANDS} bands of {@value #ROWS} rows), so the work grows with the number of articles,
 * not with its square; each candidate pair is then checked on the exact shingle sets.
 *
 * <p>In each group of copies the first article in the given order is the original (callers pass
 * articles sorted by publication date, then id); every other one is its copy. Deterministic and
 * stateless.
 */
public final class NearDuplicateFinder {
  static final double JACCARD = 0.5;
  static final double CONTAINMENT = 0.8;
  private static final int SHINGLE = 4;
  private static final int BANDS = 25;
  private static final int ROWS = 4;
  private static final int MIN_SHINGLES = 8;
  private static final long[] SEEDS = seeds(BANDS * ROWS);

  /** An article to compare: its id and text. */
  public record Text(String id, String text) {}

  /**
   * The copies among {@code texts}: copy id → id of the original. Texts too short to compare
   * (fewer than {@value #MIN_SHINGLES} shingles) are never copies.
   */
  public Map<String, String> copies(List<Text> texts) {
    List<long[]> shingles = new ArrayList<>(texts.size());
    for (Text t : texts) {
      shingles.add(shingles(t.text()));
    }
    int[] parent = new int[texts.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int[] pair : candidates(shingles)) {
      if (similar(shingles.get(pair[0]), shingles.get(pair[1]))) {
        union(parent, pair[0], pair[1]);
      }
    }
    Map<String, String> copies = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      int root = find(parent, i);
      if (root != i) {
        copies.put(texts.get(i).id(), texts.get(root).id());
      }
    }
    return copies;
  }

  /** Sorted distinct hashes of the normalised word 4-shingles. */
  static long[] shingles(String text) {
    String normalized = ArabicNormalizer.standard().normalizeToString(text);
    String[] words = normalized.split("[^\\p{L}\\p{N}]+");
    List<String> kept = new ArrayList<>(words.length);
    for (String w : words) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    Set<Long> hashes = new HashSet<>();
    for (int i = 0; i + SHINGLE <= kept.size(); i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + SHINGLE; j++) {
        h = 31 * h + kept.get(j).hashCode();
        h = mix(h);
      }
      hashes.add(h);
    }
    return hashes.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  /** Pairs (lower index first) that share a whole band of their MinHash signature. */
  private static List<int[]> candidates(List<long[]> shingles) {
    List<int[]> pairs = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < shingles.size(); i++) {
        long[] s = shingles.get(i);
        if (s.length >= MIN_SHINGLES) {
          buckets.computeIfAbsent(bandHash(s, band), k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int a = 1; a < bucket.size(); a++) {
          for (int first : new int[] {bucket.get(0), bucket.get(a - 1)}) {
            int other = bucket.get(a);
            if (seen.add(((long) first << 32) | other)) {
              pairs.add(new int[] {first, other});
            }
          }
        }
      }
    }
    pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    return pairs;
  }

  private static long bandHash(long[] shingles, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      long seed = SEEDS[band * ROWS + r];
      long min = Long.MAX_VALUE;
      for (long s : shingles) {
        min = Math.min(min, mix(s ^ seed));
      }
      h = mix(h * 31 + min);
    }
    return h;
  }

  static boolean similar(long[] a, long[] b) {
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    double jaccard = common / (double) (a.length + b.length - common);
    double containment = common / (double) Math.min(a.length, b.length);
    return jaccard >= JACCARD || containment >= CONTAINMENT;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two groups; the group's root is always its lowest index (the original). */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds(int n) {
    long[] seeds = new long[n];
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < n; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
    return seeds;
  }
}
