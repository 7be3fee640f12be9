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
 * Not thread safe.
 *
 * @param <C> the clusters
 */
final class NameIndex<C> {
  private final Map<String, Set<C>> byFirstWord = new HashMap<>();
  private final Map<String, Set<C>> byPart = new HashMap<>();
  private final Map<C, Integer> order = new HashMap<>();

  /** Indexes {@code key} of {@code cluster}. */
  void add(C cluster, EntityType type, NameKey key) {
    order.putIfAbsent(cluster, order.size());
    List<String> words = key.words();
    for (String form : forms(words.get(0))) {
      byFirstWord.computeIfAbsent(type + " " + words.size() + " " + form,
          k -> new LinkedHashSet<>()).add(cluster);
    }
    for (int n = 1; n < words.size(); n++) {
      byPart.computeIfAbsent(type + " " + String.join(" ", words.subList(0, n)),
          k -> new LinkedHashSet<>()).add(cluster);
      byPart.computeIfAbsent(type + " " + String.join(" ", words.subList(words.size() - n,
          words.size())), k -> new LinkedHashSet<>()).add(cluster);
    }
  }

  /** The clusters that may hold {@code key} or a spelling variant of it, in cluster order. */
  List<C> sameOrVariant(EntityType type, NameKey key) {
    Set<C> found = new LinkedHashSet<>();
    for (String form : forms(key.words().get(0))) {
      found.addAll(byFirstWord.getOrDefault(type + " " + key.words().size() + " " + form,
          Set.of()));
    }
    List<C> sorted = new ArrayList<>(found);
    sorted.sort(java.util.Comparator.comparingInt(order::get));
    return sorted;
  }

  /** The clusters with a key that begins or ends with the words of {@code key}. */
  Set<C> fullerNames(EntityType type, NameKey key) {
    return byPart.getOrDefault(type + " " + key.joined(), Set.of());
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
