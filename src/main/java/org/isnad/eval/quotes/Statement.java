package org.isnad.eval.quotes;

/**
 * A reported statement, gold or predicted, with code point offsets into its sentence.
 *
 * @param speakerStart -1 when the subject is dropped
 * @param resolved the speaker's name (for dropped subjects, whom it refers to)
 * @param chain {@code role:name > role:name ...}
 */
public record Statement(String sid, int cueStart, int cueEnd, int speakerStart, int speakerEnd,
    String resolved, int contentStart, int contentEnd, boolean direct, String chain) {

  boolean cueOverlaps(Statement other) {
    return cueStart < other.cueEnd && other.cueStart < cueEnd;
  }
}
