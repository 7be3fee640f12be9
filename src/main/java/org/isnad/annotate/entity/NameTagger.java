package org.isnad.annotate.entity;

import java.util.List;
import java.util.Objects;

/** A statistical name tagger over the words of one sentence (ANERcorp types). */
public interface NameTagger {
  /** The types of ANERcorp's names: people, places, organisations, other names. */
  enum Type {
    PERS, LOC, ORG, MISC;

    /** The type of a code ("PERS"); an unknown code is an error that names it. */
    public static Type of(String code) {
      for (Type t : values()) {
        if (t.name().equals(code)) {
          return t;
        }
      }
      throw new IllegalArgumentException("unknown name type: " + code);
    }
  }

  /** A tagged name: words {@code [start, end)} of the sentence, of a {@link Type}. */
  record Name(int start, int end, Type type) {
    public Name {
      Objects.requireNonNull(type, "type");
    }

    /** A name whose type is given by its code ("PERS"). */
    public Name(int start, int end, String type) {
      this(start, end, Type.of(type));
    }
  }

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
