package org.isnad.annotate.entity;

import java.util.List;

/** A statistical name tagger over the words of one sentence (ANERcorp types). */
public interface NameTagger {
  /**
   * A tagged name: words {@code [start, end)} of the sentence, type PERS, LOC, ORG or MISC.
   */
  record Name(int start, int end, String type) {}

  List<Name> tag(List<String> words);

  /** A tagger that finds nothing (when no model is available). */
  NameTagger NONE = words -> List.of();
}
