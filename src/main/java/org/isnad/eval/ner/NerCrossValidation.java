package org.isnad.eval.ner;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.Training;
import org.isnad.Training.Name;

/**
 * K-fold cross-validation of the name tagger inside a training file: fold {@code f} is the
 * {@code f}-th contiguous block of sentences (articles stay whole but at the block edges); a
 * model trained on the other blocks tags it as isnad tags an article ({@code tagAll}), and the
 * CoNLL counts of all scored folds are pooled per epoch. Nothing outside the training file is
 * read, so settings can be chosen without looking at the test split.
 */
public final class NerCrossValidation {
  private final int folds;
  private final List<Integer> only;
  private final int epochs;
  private final long seed;
  private final boolean document;
  private final PrintWriter log;
  private final int bag;

  public NerCrossValidation(int folds, List<Integer> only, int epochs, long seed,
      boolean document, int bag, PrintWriter log) {
    this.bag = bag;
    if (folds < 2) {
      throw new IllegalArgumentException("--cv needs at least 2 folds: " + folds);
    }
    this.folds = folds;
    this.only = only == null || only.isEmpty() ? null : List.copyOf(only);
    this.epochs = epochs;
    this.seed = seed;
    this.document = document;
    this.log = log;
  }

  /** Cross-validates on {@code data}'s sentences with its word classes, writing to the log. */
  public void run(Training.NameData data) {
    Map<Integer, ConllScorer> byEpoch = new TreeMap<>();
    int n = data.size();
    for (int f = 0; f < folds; f++) {
      if (only != null && !only.contains(f)) {
        continue;
      }
      int from = (int) ((long) f * n / folds);
      int to = (int) ((long) (f + 1) * n / folds);
      Training.NameData held = data.part(from, to);
      List<List<String>> words = held.words();
      List<List<String>> labels = held.labels();
      int fold = f;
      Training.trainNameTaggerByEpoch(data.without(from, to), document, epochs, seed, bag,
          (epoch, model) -> {
            List<List<Name>> found = model.tagger().tagAll(words);
            ConllScorer scorer = byEpoch.computeIfAbsent(epoch, e -> new ConllScorer());
            ConllScorer alone = new ConllScorer();
            for (int i = 0; i < words.size(); i++) {
              List<Name> gold = ConllScorer.names(labels.get(i));
              scorer.add(gold, found.get(i));
              alone.add(gold, found.get(i));
            }
            if (epoch == epochs) {
              log.printf("fold %d (sentences %d-%d): micro F1 %.4f%n", fold, from, to,
                  NerScores.f1(alone.scores().micro()));
              log.flush();
            }
          });
    }
    log.println("epoch  micro P / R / F1  recall LOC MISC ORG PERS");
    byEpoch.forEach((epoch, scorer) -> {
      NerScores s = scorer.scores();
      int[] m = s.micro();
      log.printf("%5d  %.4f %.4f %.4f  %s%n", epoch, NerScores.precision(m),
          NerScores.recall(m), NerScores.f1(m), recalls(s));
    });
    log.println("last epoch, pooled:");
    byEpoch.get(epochs).scores().printTable(log);
    log.flush();
  }

  private static String recalls(NerScores s) {
    StringBuilder b = new StringBuilder();
    for (String type : List.of("LOC", "MISC", "ORG", "PERS")) {
      int[] c = s.byType().getOrDefault(type, new int[3]);
      b.append(String.format(" %.3f", NerScores.recall(c)));
    }
    return b.toString();
  }
}
