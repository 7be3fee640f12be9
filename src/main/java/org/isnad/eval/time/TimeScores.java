package org.isnad.eval.time;

import java.util.List;

/**
 * Counts behind the time scores. Relaxed matching pairs each gold expression with at most one
 * overlapping prediction; type and value are compared on those pairs.
 *
 * @param gold gold expressions
 * @param predicted predicted expressions
 * @param strict predictions with exactly a gold span
 * @param relaxed gold/prediction pairs that overlap
 * @param typeCorrect relaxed pairs with the same type
 * @param valueCorrect relaxed pairs with the same value
 * @param errors one line per missed, spurious or wrong expression
 */
public record TimeScores(int gold, int predicted, int strict, int relaxed, int typeCorrect,
    int valueCorrect, List<String> errors) {
  public TimeScores {
    errors = List.copyOf(errors);
  }

  public static double precision(int correct, int predicted) {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public static double recall(int correct, int gold) {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public static double f1(int correct, int predicted, int gold) {
    double p = precision(correct, predicted);
    double r = recall(correct, gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Value accuracy on matched expressions (TempEval's attribute accuracy). */
  public double valueAccuracy() {
    return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
  }

  public double typeAccuracy() {
    return relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
  }
}
