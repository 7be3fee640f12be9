package org.isnad.annotate.entity;

import java.util.List;

/** A statistical name tagger over the words of one sentence (ANERcorp types). */
public interface NameTagger {
  /**
   * A tagged name: words {@code [start, end)} of the sentence, type PERS, LOC, ORG or MISC.
   */
  record Name(int start, int end, String type) {}

  List<Name> tag(List<String> words);

  /**
   * The names of each sentence of one document (an article's sentences in order); a tagger may
   * let each sentence see the others. By default each sentence is tagged alone.
   */
  default List<List<Name>> tagAll(List<List<String>> sentences) {
    List<List<Name>> all = new java.util.ArrayList<>(sentences.size());
    for (List<String> words : sentences) {
      all.add(tag(words));
    }
    return all;
  }

  /** A tagger that finds nothing (when no model is available). */
  NameTagger NONE = words -> List.of();
}
