package org.isnad.annotate.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Phrases of words in a fixed order of preference, indexed by their first word: a position in a
 * text is tried only against the phrases its word can open, and the first phrase in the order
 * that matches wins, as if every phrase had been tried in turn. Immutable and thread safe.
 */
final class PhraseList {
  private final List<String[]> phrases;
  private final Map<String, int[]> byFirst = new HashMap<>();

  /** {@code phrases} in order of preference (longest first, say); each has one word or more. */
  PhraseList(List<String[]> phrases) {
    this.phrases = List.copyOf(phrases);
    Map<String, List<Integer>> at = new HashMap<>();
    for (int i = 0; i < this.phrases.size(); i++) {
      at.computeIfAbsent(this.phrases.get(i)[0], w -> new ArrayList<>()).add(i);
    }
    at.forEach((w, list) -> byFirst.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Whether one of the phrases opens with {@code word}. */
  boolean opens(String word) {
    return byFirst.containsKey(word);
  }

  /**
   * The first phrase, in order of preference, that opens with one of {@code firstWords} (null
   * entries are skipped) and that {@code matches} accepts; null when none does.
   */
  String[] first(Predicate<String[]> matches, String... firstWords) {
    int found = Integer.MAX_VALUE;
    for (int w = 0; w < firstWords.length; w++) {
      if (firstWords[w] != null && !repeated(firstWords, w)) {
        found = first(byFirst.get(firstWords[w]), matches, found);
      }
    }
    return found == Integer.MAX_VALUE ? null : phrases.get(found);
  }

  private static boolean repeated(String[] words, int w) {
    for (int v = 0; v < w; v++) {
      if (words[w].equals(words[v])) {
        return true;
      }
    }
    return false;
  }

  /** The least of {@code below} and the first candidate that matches. */
  private int first(int[] candidates, Predicate<String[]> matches, int below) {
    if (candidates == null) {
      return below;
    }
    for (int i : candidates) {
      if (i >= below) {
        return below;
      }
      if (matches.test(phrases.get(i))) {
        return i;
      }
    }
    return below;
  }
}
