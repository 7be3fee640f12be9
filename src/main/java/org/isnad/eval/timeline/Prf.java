package org.isnad.eval.timeline;

/** Precision and recall, with F1. A ratio over nothing is 0. */
public record Prf(double precision, double recall) {
  /** From counts: correct among predicted, correct among gold. */
  public static Prf of(double correctPredicted, double predicted, double correctGold,
      double gold) {
    return new Prf(predicted == 0 ? 0 : correctPredicted / predicted,
        gold == 0 ? 0 : correctGold / gold);
  }

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
