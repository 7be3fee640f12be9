package org.isnad.annotate.ner;

/**
 * The weights of the features of a word that look at spans of listed names
 * ({@link NerFeatures#addSpans}: "place=B", "placeLen=B3", "org+1=I" …) and of
 * {@link NerFeatures#DOCUMENT_PERSON}, added to a word's scores from rows found once, without
 * building the feature strings. A span mark the tables do not cover, and a known name's type,
 * go through the built string. Rows are added in the order {@link NerFeatures#addSpans} gives
 * the features, so every sum is bit-identical to adding the built strings' rows. Read-only and
 * thread safe.
 */
final class SpanRows {
  /** Span lengths the tables cover ("B1" … "I9"); longer marks use the built string. */
  private static final int LONGEST = 9;
  private final PerceptronModel model;
  private final NerFeatures features;
  private final Mark place;
  private final Mark placeLen;
  private final Mark org;
  private final Mark orgLen;
  private final Mark placeNext;
  private final Mark orgNext;
  private final int placeBefore;
  private final int documentPerson;

  /** The rows (word and pair) of one tag followed by a span mark or by its first letter. */
  private final class Mark {
    final String tag;
    final boolean letterOnly;
    /** By B (0) or I (1), then by length (letter only: index 0). */
    final int[][] rows = new int[2][LONGEST + 1];
    final int[][] pairRows = new int[2][LONGEST + 1];

    Mark(String tag, boolean letterOnly) {
      this.tag = tag;
      this.letterOnly = letterOnly;
      for (int b = 0; b < 2; b++) {
        for (int len = 0; len <= LONGEST; len++) {
          String f = tag + (b == 0 ? "B" : "I") + (letterOnly ? "" : Integer.toString(len));
          rows[b][len] = model.row(f);
          pairRows[b][len] = pairRow(f);
        }
      }
    }

    /** Adds the rows of this tag followed by span mark {@code mark}. */
    void add(String mark, float[] emission, int e, float[] transition, int t) {
      int b = mark.charAt(0) == 'B' ? 0 : mark.charAt(0) == 'I' ? 1 : -1;
      int len = letterOnly ? 0 : mark.length() == 2 ? mark.charAt(1) - '0' : -1;
      if (b < 0 || len < 0 || len > LONGEST) {
        addFeature(tag + (letterOnly ? mark.substring(0, 1) : mark), emission, e, transition,
            t);
        return;
      }
      addRows(rows[b][len], pairRows[b][len], emission, e, transition, t);
    }
  }

  SpanRows(PerceptronModel model, NerFeatures features) {
    this.model = model;
    this.features = features;
    place = new Mark("place=", true);
    placeLen = new Mark("placeLen=", false);
    org = new Mark("org=", true);
    orgLen = new Mark("orgLen=", false);
    placeNext = new Mark("place+1=", true);
    orgNext = new Mark("org+1=", true);
    placeBefore = model.row("place-1");
    documentPerson = model.row(NerFeatures.DOCUMENT_PERSON);
  }

  /**
   * Adds the span features of word {@code i} of {@code s}, and the document person feature
   * when {@code person}, to its label scores at {@code emission[e …]} and its label-pair scores
   * at {@code transition[t …]}.
   */
  void add(NerFeatures.Sentence s, int i, boolean person, float[] emission, int e,
      float[] transition, int t) {
    String[] p = s.place;
    String[] o = s.org;
    if (p[i] != null) {
      place.add(p[i], emission, e, transition, t);
      placeLen.add(p[i], emission, e, transition, t);
    }
    if (o[i] != null) {
      org.add(o[i], emission, e, transition, t);
      orgLen.add(o[i], emission, e, transition, t);
    }
    if (i > 0 && p[i - 1] != null) {
      addRows(placeBefore, -1, emission, e, transition, t);
    }
    if (i + 1 < p.length && p[i + 1] != null) {
      placeNext.add(p[i + 1], emission, e, transition, t);
    }
    if (i + 1 < o.length && o[i + 1] != null) {
      orgNext.add(o[i + 1], emission, e, transition, t);
    }
    if (s.known[i] != null) {
      addFeature(features.known(s, i), emission, e, transition, t);
    }
    if (person) {
      addRows(documentPerson, -1, emission, e, transition, t);
    }
  }

  /** Adds the rows of feature {@code f} found through its built string. */
  private void addFeature(String f, float[] emission, int e, float[] transition, int t) {
    addRows(model.row(f), pairRow(f), emission, e, transition, t);
  }

  /** The pair row of {@code f} when it is also scored per label pair, else -1. */
  private int pairRow(String f) {
    return NerFeatures.isPair(f) ? model.pairRow(f) : -1;
  }

  private void addRows(int row, int pairRow, float[] emission, int e, float[] transition,
      int t) {
    if (row >= 0) {
      model.addRow(row, emission, e);
    }
    if (pairRow >= 0) {
      model.addPairRow(pairRow, transition, t);
    }
  }
}
