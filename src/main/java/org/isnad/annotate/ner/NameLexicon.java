package org.isnad.annotate.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word stems that training data tags as part of names, with the type they mostly have ("بوش" →
 * PERS), kept when at least half of the stem's occurrences are inside a name. During training
 * each sentence sees the lexicon of the other folds only (jackknifing, 10 contiguous blocks of the
 * training file so that an article's own names stay out), so the tagger learns how
 * far to trust a lexicon hit on words it has not seen as names; at tagging time the lexicon of
 * the whole train split is used. Names of several words are kept too (their stems joined by
 * spaces), so a known full name can be matched as a span. Immutable.
 */
final class NameLexicon {
  static final int MAX_NAME_WORDS = 4;
  static final NameLexicon EMPTY = new NameLexicon(Map.of(), java.util.Set.of());
  private final Map<String, String> types;
  private final java.util.Set<String> vocabulary;
  /** The names of two words or more ({@link #types}' keys) by their first word. */
  private final Map<String, String[]> byStart = new HashMap<>();

  NameLexicon(Map<String, String> types, java.util.Set<String> vocabulary) {
    this.types = Map.copyOf(types);
    for (String key : types.keySet()) {
      int space = key.indexOf(' ');
      if (space > 0) {
        byStart.merge(key.substring(0, space), new String[] {key}, NameLexicon::concat);
      }
    }
    this.vocabulary = java.util.Set.copyOf(vocabulary);
  }

  /**
   * Whether the training data has this normalised word or stem. Words it lacks are written as
   * one unknown word in the identity features, in training (per fold) as in tagging, so the
   * tagger learns what unseen words look like instead of trusting memorised ones.
   */
  boolean knows(String form) {
    return vocabulary.contains(form);
  }

  java.util.Set<String> vocabulary() {
    return vocabulary;
  }

  /** The lexicon of {@code sentences}. */
  static NameLexicon of(List<TaggedSentence> sentences) {
    Map<String, int[]> counts = new HashMap<>();
    java.util.Set<String> vocabulary = new java.util.HashSet<>();
    for (TaggedSentence s : sentences) {
      for (int i = 0; i < s.words().size(); i++) {
        String normalized = WordForms.normalized(s.words().get(i));
        String stem = WordForms.stem(normalized);
        vocabulary.add(normalized);
        vocabulary.add(stem);
        int[] c = counts.computeIfAbsent(stem, k -> new int[NerLabels.ALL.size() + 1]);
        c[0]++;
        int label = NerLabels.index(s.labels().get(i));
        if (label != NerLabels.O) {
          c[1 + (label + 1) / 2]++;  // one slot per type
        }
      }
    }
    Map<String, String> types = new HashMap<>(names(sentences));
    counts.forEach((stem, c) -> {
      int best = 0;
      int inNames = 0;
      for (int t = 1; t <= 4; t++) {
        inNames += c[1 + t];
        if (best == 0 || c[1 + t] > c[1 + best]) {
          best = t;
        }
      }
      if (inNames * 2 >= c[0] && inNames > 0 && stem.length() > 1) {
        types.put(stem, NerLabels.type(2 * best - 1));
      }
    });
    return new NameLexicon(types, vocabulary);
  }

  /**
   * Names of 2 to {@link #MAX_NAME_WORDS} words (stems joined by spaces) with their type, kept
   * when at least half of the sequence's occurrences are that name.
   */
  private static Map<String, String> names(List<TaggedSentence> sentences) {
    Map<String, Map<String, Integer>> asName = new HashMap<>();
    List<String[]> stemmed = new java.util.ArrayList<>();
    for (TaggedSentence s : sentences) {
      String[] stems = new String[s.words().size()];
      for (int i = 0; i < stems.length; i++) {
        stems[i] = WordForms.stem(WordForms.normalized(s.words().get(i)));
      }
      stemmed.add(stems);
      for (org.isnad.annotate.entity.NameTagger.Name n
          : PerceptronTagger.names(s.labels().stream().mapToInt(NerLabels::index).toArray())) {
        if (n.end() - n.start() >= 2 && n.end() - n.start() <= MAX_NAME_WORDS) {
          asName.computeIfAbsent(String.join(" ", java.util.Arrays.asList(stems)
              .subList(n.start(), n.end())), k -> new HashMap<>()).merge(n.type().name(), 1,
              Integer::sum);
        }
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (String[] stems : stemmed) {
      for (int i = 0; i < stems.length; i++) {
        StringBuilder b = new StringBuilder(stems[i]);
        for (int n = 2; n <= MAX_NAME_WORDS && i + n <= stems.length; n++) {
          b.append(' ').append(stems[i + n - 1]);
          if (asName.containsKey(b.toString())) {
            seen.merge(b.toString(), 1, Integer::sum);
          }
        }
      }
    }
    Map<String, String> names = new HashMap<>();
    asName.forEach((key, byType) -> {
      Map.Entry<String, Integer> top = byType.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .orElseThrow();
      if (top.getValue() * 2 >= seen.getOrDefault(key, 0)) {
        names.put(key, top.getKey());
      }
    });
    return names;
  }

  /** Whether a known name of 2 or more words starts with {@code stem}. */
  boolean nameStart(String stem) {
    return byStart.containsKey(stem);
  }

  /**
   * Words of the longest known name of 2 or more words starting at {@code i}, or 0: the name
   * whose key equals the stems from {@code i} joined by spaces, compared in place.
   */
  int nameAt(String[] stems, int i) {
    String[] names = byStart.get(stems[i]);
    if (names == null) {
      return 0;
    }
    int best = 0;
    for (String key : names) {
      best = Math.max(best, wordsOf(key, stems, i));
    }
    return best;
  }

  /**
   * How many stems from {@code i} (2 to {@link #MAX_NAME_WORDS}) joined by spaces make
   * {@code key}, which starts with {@code stems[i]} and a space; 0 when none do.
   */
  private static int wordsOf(String key, String[] stems, int i) {
    int at = stems[i].length();
    int words = 1;
    while (at < key.length()) {
      if (words >= MAX_NAME_WORDS || i + words >= stems.length || key.charAt(at) != ' ') {
        return 0;
      }
      String next = stems[i + words];
      if (!key.regionMatches(at + 1, next, 0, next.length())) {
        return 0;
      }
      at += 1 + next.length();
      words++;
    }
    return words;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** The type the stem mostly has in names, or {@code null}. */
  String type(String stem) {
    return types.get(stem);
  }

  Map<String, String> entries() {
    return types;
  }
}
