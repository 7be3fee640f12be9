package org.isnad.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.EntityType;

/**
 * The clusters of one article's names, indexed so that linking a mention looks only at the
 * clusters that can match it, not at every cluster of the article:
 * <ul>
 *   <li>{@link #sameOrVariant}: every cluster with a key of the same type and word count whose
 *       first word is equal or one edit away (the two words share a form with at most one letter
 *       deleted), a superset of the clusters with an equal key or a spelling variant;
 *   <li>{@link #fullerNames}: every cluster with a key that begins or ends with the given words.
 * </ul>
 * Candidates come in the order their clusters were first indexed; the caller checks each one.
 *
 * <p>Design decision: a first word's forms are indexed by 64-bit hashes read from prefix and
 * suffix hashes ({@link #formHashes}), not as strings: building every form and a set of them was
 * two thirds of what linking allocated. Equal forms hash equal, so nothing that shares a form is
 * missed; a collision only adds a candidate the caller then rejects, so the clusters found are
 * the same. Not thread safe.
 *
 * @param <C> the clusters
 */
final class NameIndex<C> {
  /** By a hash of a key's type, word count and a form of its first word. */
  private final Map<Long, List<Indexed<C>>> byFirstWord = new HashMap<>();
  private final Map<Part, Set<C>> byPart = new HashMap<>();
  private final Map<C, Integer> order = new HashMap<>();

  /** A key's type and its first or last words (a view of them: no string is built for it). */
  private record Part(EntityType type, List<String> words) {}

  /** A cluster with its place in the order clusters were first indexed. */
  private record Indexed<C>(C cluster, int order) {}

  /** Indexes {@code key} of {@code cluster}. */
  void add(C cluster, EntityType type, NameKey key) {
    Integer known = order.putIfAbsent(cluster, order.size());
    Indexed<C> indexed = new Indexed<>(cluster, known == null ? order.size() - 1 : known);
    List<String> words = key.words();
    // a cluster listed twice under a hash (two of its keys, or two equal forms) is read once
    for (long form : formHashes(words.get(0))) {
      byFirstWord.computeIfAbsent(firstWordKey(type, words.size(), form),
          k -> new ArrayList<>(2)).add(indexed);
    }
    for (int n = 1; n < words.size(); n++) {
      byPart.computeIfAbsent(new Part(type, words.subList(0, n)), k -> new LinkedHashSet<>())
          .add(cluster);
      byPart.computeIfAbsent(new Part(type, words.subList(words.size() - n, words.size())),
          k -> new LinkedHashSet<>()).add(cluster);
    }
  }

  /** The clusters that may hold {@code key} or a spelling variant of it, in cluster order. */
  List<C> sameOrVariant(EntityType type, NameKey key) {
    List<Indexed<C>> found = null;
    int size = key.words().size();
    for (long form : formHashes(key.words().get(0))) {
      List<Indexed<C>> same = byFirstWord.get(firstWordKey(type, size, form));
      if (same != null) {
        if (found == null) {
          found = new ArrayList<>(same);
        } else {
          found.addAll(same);
        }
      }
    }
    if (found == null) {
      return List.of();
    }
    found.sort(java.util.Comparator.comparingInt(Indexed::order));
    List<C> sorted = new ArrayList<>(found.size());
    int last = -1;
    for (Indexed<C> i : found) {
      if (i.order() != last) {
        sorted.add(i.cluster());
        last = i.order();
      }
    }
    return sorted;
  }

  /** The clusters with a key that begins or ends with the words of {@code key}. */
  Set<C> fullerNames(EntityType type, NameKey key) {
    return byPart.getOrDefault(new Part(type, key.words()), Set.of());
  }

  private static final long BASE = 0x100000001b3L;

  /**
   * Hashes of the word's {@link #forms} (the word, then the word without each of its letters),
   * read from prefix and suffix hashes without building the forms: equal forms hash equal, so
   * the clusters found are a superset of those sharing a form (the caller checks each).
   */
  static long[] formHashes(String word) {
    int n = word.length();
    long[] power = new long[n + 1];
    long[] prefix = new long[n + 1];
    long[] suffix = new long[n + 1];
    power[0] = 1;
    for (int i = 0; i < n; i++) {
      power[i + 1] = power[i] * BASE;
      prefix[i + 1] = prefix[i] * BASE + word.charAt(i);
    }
    for (int i = n - 1; i >= 0; i--) {
      suffix[i] = word.charAt(i) * power[n - 1 - i] + suffix[i + 1];
    }
    long[] hashes = new long[n + 1];
    hashes[0] = withLength(prefix[n], n);
    for (int i = 0; i < n; i++) {
      hashes[i + 1] = withLength(prefix[i] * power[n - 1 - i] + suffix[i + 1], n - 1);
    }
    return hashes;
  }

  private static long withLength(long hash, int length) {
    return hash * 0x9E3779B97F4A7C15L + length;
  }

  private static Long firstWordKey(EntityType type, int words, long form) {
    long h = (form * 31 + words) * 31 + type.ordinal();
    return h ^ h >>> 29;
  }

  /** The word and the word without each one of its letters: words one edit apart share one. */
  static Set<String> forms(String word) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(word);
    for (int i = 0; i < word.length(); i++) {
      forms.add(word.substring(0, i) + word.substring(i + 1));
    }
    return forms;
  }
}
