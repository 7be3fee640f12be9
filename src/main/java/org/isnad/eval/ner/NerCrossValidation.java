package org.isnad.eval.ner;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.Training;
import org.isnad.annotate.entity.NameTagger.Name;
import org.isnad.annotate.ner.PerceptronModel;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.annotate.ner.PerceptronTrainer;
import org.isnad.annotate.ner.TaggedSentence;
import org.isnad.annotate.ner.WordClusters;

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
    run(data.sentences(), data.clusters());
  }

  void run(List<TaggedSentence> sentences, WordClusters clusters) {
    Map<Integer, ConllScorer> byEpoch = new TreeMap<>();
    int n = sentences.size();
    for (int f = 0; f < folds; f++) {
      if (only != null && !only.contains(f)) {
        continue;
      }
      int from = (int) ((long) f * n / folds);
      int to = (int) ((long) (f + 1) * n / folds);
      List<TaggedSentence> train = new ArrayList<>(sentences.subList(0, from));
      train.addAll(sentences.subList(to, n));
      List<TaggedSentence> held = sentences.subList(from, to);
      List<List<String>> words = held.stream().map(TaggedSentence::words).toList();
      int fold = f;
      Map<Integer, List<PerceptronModel>> models = new TreeMap<>();
      for (int b = 0; b < bag; b++) {
        new PerceptronTrainer(document).train(train, clusters, epochs, seed + b, line -> { },
            (epoch, model) -> models.computeIfAbsent(epoch, e -> new ArrayList<>()).add(model));
      }
      models.forEach((epoch, bagged) -> {
        PerceptronModel model = PerceptronModel.average(bagged);
        List<List<Name>> found = new PerceptronTagger(model).tagAll(words);
        ConllScorer scorer = byEpoch.computeIfAbsent(epoch, e -> new ConllScorer());
        ConllScorer alone = new ConllScorer();
        for (int i = 0; i < held.size(); i++) {
          List<Name> gold = ConllScorer.names(held.get(i).labels());
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
