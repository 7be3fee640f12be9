package org.isnad.eval.ner;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Entity-level counts per type (exact span and type, as CoNLL's conlleval): true positives,
 * predicted and gold entities.
 */
public record NerScores(Map<String, int[]> byType) {
  public NerScores {
    byType = Map.copyOf(byType);
  }

  public static double precision(int[] c) {
    return c[1] == 0 ? 0 : c[0] / (double) c[1];
  }

  public static double recall(int[] c) {
    return c[2] == 0 ? 0 : c[0] / (double) c[2];
  }

  public static double f1(int[] c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Counts summed over all types: {tp, predicted, gold}. */
  public int[] micro() {
    int[] sum = new int[3];
    byType.values().forEach(c -> {
      for (int i = 0; i < 3; i++) {
        sum[i] += c[i];
      }
    });
    return sum;
  }

  /** Prints the table of `isnad eval ner|names`: a row per type, sorted, then micro. */
  public void printTable(PrintWriter out) {
    out.printf("%-8s %9s %7s %7s %7s %9s%n", "type", "precision", "recall", "F1", "gold",
        "predicted");
    byType.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> row(out, e.getKey(), e.getValue()));
    row(out, "micro", micro());
  }

  private static void row(PrintWriter out, String name, int[] c) {
    out.printf("%-8s %9.3f %7.3f %7.3f %7d %9d%n", name, precision(c), recall(c), f1(c), c[2],
        c[1]);
  }
}
