package org.isnad.annotate.ner;

import java.util.List;

/**
 * The best BIO label sequence of a sentence under a first-order model: each word has a score
 * per label ({@code emission[i][label]}) and a score per pair of previous and current label
 * ({@code transition[i][previous][label]}, previous {@link #START} before the first word).
 * Sequences where I-X does not follow B-X or I-X are never chosen. Ties go to the lower label.
 */
final class ViterbiDecoder {
  static final int START = PerceptronModel.LABELS;

  private ViterbiDecoder() {}

  /** The best sequence for a sentence's features under {@code model}. */
  static int[] decode(List<NerFeatures.Word> words, PerceptronModel model) {
    int n = words.size();
    float[][] emission = new float[n][PerceptronModel.LABELS];
    float[][][] transition = new float[n][PerceptronModel.LABELS + 1][PerceptronModel.LABELS];
    for (int i = 0; i < n; i++) {
      model.score(words.get(i).single(), emission[i]);
      model.scorePairs(words.get(i).pairs(), transition[i]);
    }
    return decode(emission, transition);
  }

  static int[] decode(float[][] emission, float[][][] transition) {
    int n = emission.length;
    int labels = PerceptronModel.LABELS;
    float[] e = new float[n * labels];
    float[] t = new float[n * PerceptronModel.PAIRS];
    for (int i = 0; i < n; i++) {
      System.arraycopy(emission[i], 0, e, i * labels, labels);
      for (int p = 0; p <= labels; p++) {
        System.arraycopy(transition[i][p], 0, t, i * PerceptronModel.PAIRS + p * labels, labels);
      }
    }
    return decode(n, e, t);
  }

  /**
   * The same on flat arrays: {@code emission[i * LABELS + label]} and
   * {@code transition[i * PAIRS + previous * LABELS + label]}.
   */
  static int[] decode(int n, float[] emission, float[] transition) {
    int labels = PerceptronModel.LABELS;
    int pairs = PerceptronModel.PAIRS;
    int[] best = new int[n];
    if (n == 0) {
      return best;
    }
    float[] delta = new float[n * labels];
    int[] back = new int[n * labels];
    for (int l = 0; l < labels; l++) {
      delta[l] = NerLabels.isInside(l) ? Float.NEGATIVE_INFINITY
          : emission[l] + transition[START * labels + l];
    }
    for (int i = 1; i < n; i++) {
      int before = (i - 1) * labels;
      for (int l = 0; l < labels; l++) {
        float top = Float.NEGATIVE_INFINITY;
        int arg = NerLabels.O;
        for (int p : NerLabels.previous(l)) {
          float d = delta[before + p];
          if (d == Float.NEGATIVE_INFINITY) {
            continue;
          }
          float s = d + transition[i * pairs + p * labels + l];
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        delta[i * labels + l] = top == Float.NEGATIVE_INFINITY ? top
            : top + emission[i * labels + l];
        back[i * labels + l] = arg;
      }
    }
    int end = (n - 1) * labels;
    int last = NerLabels.O;
    for (int l = 1; l < labels; l++) {
      if (delta[end + l] > delta[end + last]) {
        last = l;
      }
    }
    best[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      best[i - 1] = back[i * labels + best[i]];
    }
    return best;
  }
}
