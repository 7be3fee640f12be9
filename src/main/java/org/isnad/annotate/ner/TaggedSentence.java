package org.isnad.annotate.ner;

import java.util.List;

/** A training sentence: its words and their BIO labels ("B-PERS", "O" …). */
public record TaggedSentence(List<String> words, List<String> labels) {
  public TaggedSentence {
    words = List.copyOf(words);
    labels = List.copyOf(labels);
    if (words.size() != labels.size()) {
      throw new IllegalArgumentException("words and labels differ in length: " + words.size()
          + " vs " + labels.size());
    }
    labels.forEach(NerLabels::index);
  }
}
