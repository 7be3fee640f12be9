package org.isnad.eval.ner;

import java.util.List;
import org.isnad.Training.Name;

/**
 * One sentence of a span name gold: its pointer into the corpus (file, article index, code point
 * offsets, first hex digits of the text's SHA-1), its outlet, and its names as code point offsets
 * into the sentence with their ANERcorp type (PERS, LOC, ORG, MISC).
 */
public record NameSentence(String sid, String file, int index, int start, int end, String sha1,
    String outlet, List<Name> names) {
  public NameSentence {
    names = List.copyOf(names);
  }
}
