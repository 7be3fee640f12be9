package org.isnad.eval.stance;

import java.io.PrintWriter;
import java.util.List;
import org.isnad.check.Stance;
import org.isnad.check.stance.StanceConfusion;

/** Prints the scores of {@code isnad eval stance}. */
final class StanceReport {
  private StanceReport() {}

  static void print(PrintWriter out, List<StanceCrossValidation.Read> pairs, List<Integer> folds,
      StanceConfusion c, int[] hits, int[] golds, List<String> thresholds) {
    long claims = pairs.stream().map(p -> p.claim().id()).distinct().count();
    out.printf("isnad eval stance: %d claims, %d pairs, folds %s by claim (each judged by a "
        + "model trained on the others)%n", claims, pairs.size(), folds);
    out.printf("accuracy %.3f  macro-F1 %.3f%n", c.accuracy(), c.macroF1());
    out.printf("%-10s %9s %7s %7s %6s %9s%n", "", "precision", "recall", "F1", "gold",
        "predicted");
    for (Stance s : Stance.values()) {
      int gold = 0;
      for (Stance p : Stance.values()) {
        gold += c.count(s, p);
      }
      out.printf("%-10s %9.3f %7.3f %7.3f %6d %9d%n", s.code(), c.precision(s), c.recall(s),
          c.f1(s), gold, c.predicted(s));
    }
    out.printf("confusion (rows gold, columns predicted):%n%-10s", "");
    for (Stance s : Stance.values()) {
      out.printf(" %9s", s.code());
    }
    out.println();
    for (Stance g : Stance.values()) {
      out.printf("%-10s", g.code());
      for (Stance p : Stance.values()) {
        out.printf(" %9d", c.count(g, p));
      }
      out.println();
    }
    int hit = hits[Stance.AGREE.ordinal()] + hits[Stance.DISAGREE.ordinal()];
    int all = golds[Stance.AGREE.ordinal()] + golds[Stance.DISAGREE.ordinal()];
    out.printf("rationale hit rate: %d/%d = %.3f (agree %d/%d, disagree %d/%d)%n", hit, all,
        all == 0 ? 0 : (double) hit / all, hits[Stance.AGREE.ordinal()],
        golds[Stance.AGREE.ordinal()], hits[Stance.DISAGREE.ordinal()],
        golds[Stance.DISAGREE.ordinal()]);
    out.println("disagree threshold, discuss factor (tuned inside the training folds): "
        + String.join("; ", thresholds));
    out.flush();
  }
}
