package org.isnad.annotate.ner;

import java.util.List;

/** The BIO labels of ANERcorp, by index; label 0 is O. */
final class NerLabels {
  static final List<String> ALL = List.of("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG",
      "I-ORG", "B-MISC", "I-MISC");
  static final int O = 0;

  private NerLabels() {}

  static int index(String label) {
    int i = ALL.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("unknown NER label: " + label);
    }
    return i;
  }

  static boolean isInside(int label) {
    return label > 0 && label % 2 == 0;
  }

  /** The entity type of a B- or I- label ("PERS"), or null for O. */
  static String type(int label) {
    return label == O ? null : ALL.get(label).substring(2);
  }

  /** Whether {@code label} may follow {@code previous}: I-X only after B-X or I-X. */
  static boolean allowed(int previous, int label) {
    return ALLOWED[previous][label];
  }

  /**
   * The labels {@code label} may follow ({@link #allowed}), in increasing order: the decoder
   * visits only these, in the order a scan of every label would (ties go to the lower one).
   */
  static int[] previous(int label) {
    return PREVIOUS[label];
  }

  private static final boolean[][] ALLOWED = new boolean[ALL.size()][ALL.size()];
  private static final int[][] PREVIOUS = new int[ALL.size()][];

  static {
    for (int p = 0; p < ALL.size(); p++) {
      for (int l = 0; l < ALL.size(); l++) {
        ALLOWED[p][l] = !isInside(l) || (p != O && type(p).equals(type(l)));
      }
    }
    for (int l = 0; l < ALL.size(); l++) {
      int label = l;
      PREVIOUS[l] = java.util.stream.IntStream.range(0, ALL.size())
          .filter(p -> ALLOWED[p][label]).toArray();
    }
  }
}
