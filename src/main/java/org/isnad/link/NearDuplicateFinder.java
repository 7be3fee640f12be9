package org.isnad.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.CharKinds;
import org.isnad.text.Recall;

/**
 * Near-duplicate and syndicated copies: articles whose normalised word 4-shingles overlap enough
 * (Jaccard at least {@value #JACCARD}, or one text contained in the other at
 * {@value #CONTAINMENT}). Candidates come from MinHash with locality-sensitive hashing
 * ({@value #BANDS} bands of {@value #ROWS} rows), so the work grows with the number of articles,
 * not with its square; each candidate pair is then checked on the exact shingle sets.
 *
 * <p>In each group of copies the first article in the given order is the original (callers pass
 * articles sorted by publication date, then id); every other one is its copy. Each text's
 * shingles and signature, and each candidate pair's check, are computed in parallel (the common
 * fork-join pool) and used in input order. A text's {@link Signature} depends on the text alone:
 * read ahead (as each article is annotated) it spares this step all but the shingles of the
 * candidate pairs' texts, and gives the same copies. A pair's check depends on its two texts
 * alone: recalled from an earlier linking ({@link #NearDuplicateFinder(Recall)}) it spares their
 * shingles too, with the same copies. Deterministic.
 */
public final class NearDuplicateFinder {
  static final double JACCARD = 0.5;
  static final double CONTAINMENT = 0.8;
  private static final int SHINGLE = 4;
  private static final int BANDS = 25;
  private static final int ROWS = 4;
  private static final int MIN_SHINGLES = 8;
  private static final long[] SEEDS = seeds(BANDS * ROWS);
  private final Recall<Pair, Boolean> checks;
  private final Verdicts verdicts;

  /** An article to compare: its id and text. */
  public record Text(String id, String text) {}

  /**
   * Two texts whose shingles are compared (the earlier one in the run's order first): the key of
   * a recalled check.
   */
  public record Pair(String first, String second) {}

  /** A finder that checks every candidate pair. */
  public NearDuplicateFinder() {
    this(Recall.none());
  }

  /**
   * A finder that recalls from {@code checks} whether two texts are copies, as an earlier
   * linking found it; a pair not kept is checked (then kept).
   */
  public NearDuplicateFinder(Recall<Pair, Boolean> checks) {
    this(checks, Verdicts.NONE);
  }

  /**
   * As {@link #NearDuplicateFinder(Recall)}, taking first from {@code verdicts} the verdicts on
   * candidate pairs checked elsewhere (by another process, on the same texts): a pair they know
   * is not checked here, so its texts are not shingled here; a pair they do not know is
   * recalled or checked. The copies are the same either way when the verdicts are the check's.
   */
  public NearDuplicateFinder(Recall<Pair, Boolean> checks, Verdicts verdicts) {
    this.checks = java.util.Objects.requireNonNull(checks, "checks");
    this.verdicts = java.util.Objects.requireNonNull(verdicts, "verdicts");
  }

  /**
   * Verdicts on candidate pairs reached elsewhere, by the two articles' ids (the earlier one in
   * the run's order first): whether the two texts are copies ({@link Shingles#copies}), or
   * {@code null} when the pair was not checked there. Must be thread safe.
   */
  @FunctionalInterface
  public interface Verdicts {
    /** No verdict known: every candidate pair is checked here. */
    Verdicts NONE = (first, second) -> null;

    /** Whether the texts of articles {@code first} and {@code second} are copies, or null. */
    Boolean of(String first, String second);
  }

  /**
   * A text's shingles as the check of a candidate pair reads them: a function of the text alone,
   * so a pair can be checked wherever its two texts are (on the executors of a Spark job).
   * Serializable; immutable.
   */
  public static final class Shingles implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] hashes;

    private Shingles(long[] hashes) {
      this.hashes = hashes;
    }

    /** The shingles of {@code text}. */
    public static Shingles of(String text) {
      return new Shingles(shingles(text));
    }

    /** Whether this text and {@code other} are copies: the check of a candidate pair. */
    public boolean copies(Shingles other) {
      return similar(hashes, other.hashes);
    }
  }

  /**
   * The candidate pairs one band bucket gives, {@code bucket} holding its texts in the run's
   * order: each text after the first is paired with the first and with the one before it (the
   * same pair may come twice, and from other buckets; callers keep each once). The rule the
   * finder's own candidate search follows, open so that buckets grouped elsewhere give the same
   * pairs.
   */
  public static <T> void bucketPairs(List<T> bucket, java.util.function.BiConsumer<T, T> pair) {
    for (int a = 1; a < bucket.size(); a++) {
      pair.accept(bucket.get(0), bucket.get(a));
      pair.accept(bucket.get(a - 1), bucket.get(a));
    }
  }

  /**
   * What the candidate search reads of one text: the hash of each band of its MinHash signature,
   * or none when the text is too short to compare. A function of the text alone, so it can be
   * read as each article is annotated and looked up by text later ({@link #copies(List,
   * java.util.function.Function)}).
   */
  public static final class Signature {
    private static final Signature TOO_SHORT = new Signature(null);
    private final long[] bands;

    private Signature(long[] bands) {
      this.bands = bands;
    }

    /** The signature of {@code text}. */
    public static Signature of(String text) {
      return of(shingles(text));
    }

    /**
     * The signature's band hashes (a copy), or an empty array for a text too short to compare:
     * what {@link #ofBands} reads back.
     */
    public long[] bands() {
      return bands == null ? new long[0] : bands.clone();
    }

    /**
     * The signature whose {@link #bands} are {@code bands} (kept from an earlier run).
     *
     * @throws IllegalArgumentException when {@code bands} is neither empty nor
     *     {@value NearDuplicateFinder#BANDS} hashes long
     */
    public static Signature ofBands(long[] bands) {
      if (bands.length == 0) {
        return TOO_SHORT;
      }
      if (bands.length != BANDS) {
        throw new IllegalArgumentException("a signature has " + BANDS + " band hashes, not "
            + bands.length);
      }
      return new Signature(bands.clone());
    }

    private static Signature of(long[] shingles) {
      long[] bands = bandHashes(shingles);
      return bands == null ? TOO_SHORT : new Signature(bands);
    }
  }

  /**
   * The copies among {@code texts}: copy id → id of the original. Texts too short to compare
   * (fewer than {@value #MIN_SHINGLES} shingles) are never copies.
   */
  public Map<String, String> copies(List<Text> texts) {
    return copies(texts, text -> null);
  }

  /**
   * The copies among {@code texts} as {@link #copies(List)} finds them, with the signatures
   * already read: {@code known} gives a text's {@link Signature} or {@code null} (then it is
   * read here). Only the texts of candidate pairs are shingled again, to check each pair.
   */
  public Map<String, String> copies(List<Text> texts,
      java.util.function.Function<String, Signature> known) {
    // each text's shingles and band hashes are its own: read in parallel, kept in input order
    long[][] shingles = new long[texts.size()][];
    long[][] bands = java.util.stream.IntStream.range(0, texts.size()).parallel()
        .mapToObj(i -> {
          Signature signature = known.apply(texts.get(i).text());
          if (signature == null) {
            shingles[i] = shingles(texts.get(i).text());
            signature = Signature.of(shingles[i]);
          }
          return signature.bands;
        }).toArray(long[][]::new);
    int[] parent = new int[texts.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<int[]> candidates = candidates(bands);
    // a text's shingles are read once, by the first check that needs them (a text kept from
    // the signatures' pass is published to the other threads through the atomic array)
    java.util.concurrent.atomic.AtomicReferenceArray<long[]> read =
        new java.util.concurrent.atomic.AtomicReferenceArray<>(shingles);
    java.util.function.IntFunction<long[]> shinglesOf = i -> {
      long[] s = read.get(i);
      if (s == null) {
        read.compareAndSet(i, null, shingles(texts.get(i).text()));
        s = read.get(i);
      }
      return s;
    };
    boolean[] similar = new boolean[candidates.size()];
    java.util.stream.IntStream.range(0, similar.length).parallel().forEach(p -> {
      int a = candidates.get(p)[0];
      int b = candidates.get(p)[1];
      Boolean verdict = verdicts.of(texts.get(a).id(), texts.get(b).id());
      similar[p] = verdict != null ? verdict : checks.get(new Pair(texts.get(a).text(),
          texts.get(b).text()), pair -> similar(shinglesOf.apply(a), shinglesOf.apply(b)));
    });
    for (int p = 0; p < similar.length; p++) {
      if (similar[p]) {
        union(parent, candidates.get(p)[0], candidates.get(p)[1]);
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

  /**
   * Sorted distinct hashes of the normalised word 4-shingles. Words are the runs of letters and
   * numbers ({@code \p{L}}, {@code \p{N}}); each word counts by its {@link String#hashCode},
   * computed on the text without cutting it into strings.
   */
  static long[] shingles(String text) {
    String normalized = ArabicNormalizer.standard().normalizeToString(text);
    int[] words = wordHashes(normalized);
    int n = Math.max(0, words.length - SHINGLE + 1);
    long[] hashes = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + SHINGLE; j++) {
        h = 31 * h + words[j];
        h = mix(h);
      }
      hashes[i] = h;
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || hashes[i] != hashes[distinct - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, distinct);
  }

  /** The {@link String#hashCode} of each run of letters and numbers of {@code text}. */
  private static int[] wordHashes(String text) {
    int[] out = new int[16];
    int size = 0;
    int hash = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int chars = Character.charCount(cp);
      if (CharKinds.isLetterOrNumber(cp)) {
        for (int k = i; k < i + chars; k++) {
          hash = 31 * hash + text.charAt(k);
        }
        inWord = true;
      } else if (inWord) {
        if (size == out.length) {
          out = Arrays.copyOf(out, 2 * size);
        }
        out[size++] = hash;
        hash = 0;
        inWord = false;
      }
      i += chars;
    }
    if (inWord) {
      out = size == out.length ? Arrays.copyOf(out, size + 1) : out;
      out[size++] = hash;
    }
    return Arrays.copyOf(out, size);
  }

  /**
   * Pairs (lower index first, sorted) that share a whole band of their MinHash signature;
   * {@code bands[i]} is {@code null} for a text too short to compare.
   */
  private static List<int[]> candidates(long[][] bands) {
    List<int[]> pairs = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int band = 0; band < BANDS; band++) {
      // only a hash two texts share makes a bucket with a pair: found by sorting the hashes,
      // so the map holds those few and not one entry per text
      Set<Long> shared = sharedHashes(bands, band);
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < bands.length && !shared.isEmpty(); i++) {
        if (bands[i] != null && shared.contains(bands[i][band])) {
          buckets.computeIfAbsent(bands[i][band], k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Integer> bucket : buckets.values()) {
        bucketPairs(bucket, (first, other) -> {
          if (seen.add(((long) first << 32) | other)) {
            pairs.add(new int[] {first, other});
          }
        });
      }
    }
    pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    return pairs;
  }

  /** The hashes of band {@code band} that two texts or more have. */
  private static Set<Long> sharedHashes(long[][] bands, int band) {
    long[] hashes = new long[bands.length];
    int n = 0;
    for (long[] b : bands) {
      if (b != null) {
        hashes[n++] = b[band];
      }
    }
    Arrays.sort(hashes, 0, n);
    Set<Long> shared = new HashSet<>();
    for (int i = 1; i < n; i++) {
      if (hashes[i] == hashes[i - 1]) {
        shared.add(hashes[i]);
      }
    }
    return shared;
  }

  /** The hash of each band of the text's MinHash signature, or {@code null} when too short. */
  private static long[] bandHashes(long[] shingles) {
    if (shingles.length < MIN_SHINGLES) {
      return null;
    }
    long[] out = new long[BANDS];
    long[] min = new long[ROWS];
    for (int band = 0; band < BANDS; band++) {
      Arrays.fill(min, Long.MAX_VALUE);
      int base = band * ROWS;
      for (long s : shingles) {
        for (int r = 0; r < ROWS; r++) {
          min[r] = Math.min(min[r], mix(s ^ SEEDS[base + r]));
        }
      }
      long h = band;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + min[r]);
      }
      out[band] = h;
    }
    return out;
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
