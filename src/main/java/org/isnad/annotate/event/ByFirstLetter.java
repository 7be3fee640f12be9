package org.isnad.annotate.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Items of a rule file looked up by the first letter of the word they begin with (a word, or a
 * stem ending in {@code *}), so that a word of a sentence is compared only with the items it can
 * match instead of all of them. An item whose word may begin with anything (an empty word or
 * stem) comes with every letter. Immutable and thread safe.
 *
 * @param <T> the items
 */
final class ByFirstLetter<T> {
  private final Map<Character, List<T>> byLetter;
  private final List<T> any;

  private ByFirstLetter(Map<Character, List<T>> byLetter, List<T> any) {
    this.byLetter = byLetter;
    this.any = any;
  }

  /** The index of {@code items}, each under the first letter of {@code wordOf} of it. */
  static <T> ByFirstLetter<T> of(List<T> items, java.util.function.Function<T, String> wordOf) {
    Map<Character, List<T>> byLetter = new HashMap<>();
    List<T> any = new ArrayList<>();
    for (T item : items) {
      String word = wordOf.apply(item);
      String stem = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
      if (stem.isEmpty()) {
        any.add(item);
      } else {
        byLetter.computeIfAbsent(stem.charAt(0), c -> new ArrayList<>()).add(item);
      }
    }
    Map<Character, List<T>> frozen = new HashMap<>();
    byLetter.forEach((letter, list) -> {
      List<T> all = new ArrayList<>(list);
      all.addAll(any);
      frozen.put(letter, List.copyOf(all));
    });
    return new ByFirstLetter<>(Map.copyOf(frozen), List.copyOf(any));
  }

  /** The items a word beginning as {@code form} may match (in their given order). */
  List<T> of(String form) {
    return form.isEmpty() ? any : byLetter.getOrDefault(form.charAt(0), any);
  }
}
