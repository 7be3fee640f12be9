package org.isnad.check.stance;

import org.isnad.check.Stance;

/**
 * Counts of gold against predicted stances, and the scores read from them: accuracy, per-class
 * precision, recall and F1, macro-F1 over the four classes (a class never gold nor predicted
 * scores 0). Mutable, one thread.
 */
public final class StanceConfusion {
  private final int[][] counts = new int[Stance.values().length][Stance.values().length];

  /** Counts one pair. */
  public void add(Stance gold, Stance predicted) {
    counts[gold.ordinal()][predicted.ordinal()]++;
  }

  /** How many pairs of gold {@code gold} were predicted {@code predicted}. */
  public int count(Stance gold, Stance predicted) {
    return counts[gold.ordinal()][predicted.ordinal()];
  }

  /** All pairs counted. */
  public int total() {
    int n = 0;
    for (int[] row : counts) {
      for (int c : row) {
        n += c;
      }
    }
    return n;
  }

  public double accuracy() {
    int right = 0;
    for (Stance s : Stance.values()) {
      right += count(s, s);
    }
    return total() == 0 ? 0 : (double) right / total();
  }

  public double precision(Stance s) {
    int predicted = 0;
    for (Stance g : Stance.values()) {
      predicted += count(g, s);
    }
    return predicted == 0 ? 0 : (double) count(s, s) / predicted;
  }

  public double recall(Stance s) {
    int gold = 0;
    for (Stance p : Stance.values()) {
      gold += count(s, p);
    }
    return gold == 0 ? 0 : (double) count(s, s) / gold;
  }

  public double f1(Stance s) {
    double p = precision(s);
    double r = recall(s);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroF1() {
    double sum = 0;
    for (Stance s : Stance.values()) {
      sum += f1(s);
    }
    return sum / Stance.values().length;
  }

  /** How many pairs were predicted {@code s}. */
  public int predicted(Stance s) {
    int n = 0;
    for (Stance g : Stance.values()) {
      n += count(g, s);
    }
    return n;
  }
}
