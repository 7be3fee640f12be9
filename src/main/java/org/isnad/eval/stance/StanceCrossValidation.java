package org.isnad.eval.stance;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isnad.Isnad;
import org.isnad.check.Judgement;
import org.isnad.check.Rationale;
import org.isnad.check.Stance;
import org.isnad.check.stance.StanceConfusion;
import org.isnad.check.stance.StanceFeatures;
import org.isnad.check.stance.StanceTraining;
import org.isnad.check.stance.TrainedStanceJudge;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;

/**
 * {@code isnad eval stance}: claim-level cross-validation of the stance classifier. Each fold's
 * claims are judged by a model trained on the other folds' claims (a claim's articles are never
 * split); the scores are pooled over the rounds: accuracy, macro-F1, per-class precision,
 * recall and F1, the confusion matrix, and the rationale hit rate (the share of agree/disagree
 * gold articles whose gold rationale line overlaps a returned rationale sentence).
 */
public final class StanceCrossValidation {
  private final int threads;

  public StanceCrossValidation(int threads) {
    this.threads = threads;
  }

  /** A gold pair read by the engine: its claim, annotated article and features. */
  public record Read(StanceGold.Claim claim, StanceGold.Pair pair, AnnotatedArticle article,
      double[] features) {
    public StanceTraining.Example example() {
      return new StanceTraining.Example(claim.id(), features, pair.stance());
    }
  }

  /** Every pair of {@code claims} annotated (entities, statements) and featured, in order. */
  public List<Read> read(List<StanceGold.Claim> claims) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Read>> futures = new ArrayList<>();
      for (StanceGold.Claim claim : claims) {
        for (int i = 0; i < claim.pairs().size(); i++) {
          StanceGold.Pair pair = claim.pairs().get(i);
          String id = "baly-" + claim.id() + "-" + i;
          futures.add(pool.submit(() -> read(claim, pair, id)));
        }
      }
      List<Read> out = new ArrayList<>(futures.size());
      for (Future<Read> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read a pair", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Read read(StanceGold.Claim claim, StanceGold.Pair pair, String id) {
    AnnotatedArticle article = annotated(id, pair.text(), pair.url());
    return new Read(claim, pair, article, StanceFeatures.of(claim.text(), article));
  }

  /** The article of a raw text (no extraction: offsets stay those of the text), annotated. */
  public static AnnotatedArticle annotated(String id, String text, String url) {
    Article article = new Article(id, id, null, text, null, null, null, null, List.of(), "ar",
        url, null, List.of());
    return AnnotatedArticle.of(article).withMentions(Isnad.entityMentions(article))
        .withQuotes(Isnad.attributedQuotes(article));
  }

  /** Runs the cross-validation over the folds of {@code pairs} and prints the scores. */
  public void run(List<Read> pairs, PrintWriter out) {
    StanceConfusion confusion = new StanceConfusion();
    int[] hits = new int[Stance.values().length];
    int[] golds = new int[Stance.values().length];
    List<Integer> folds = pairs.stream().map(p -> p.claim().fold()).distinct().sorted().toList();
    List<String> thresholds = new ArrayList<>();
    for (int fold : folds) {
      List<StanceTraining.Example> train = pairs.stream().filter(p -> p.claim().fold() != fold)
          .map(Read::example).toList();
      TrainedStanceJudge judge = StanceTraining.train(train, line -> { });
      thresholds.add(String.format(Locale.ROOT, "fold %d: %.2f and x%.2f", fold,
          judge.disagreeThreshold(), judge.discussFactor()));
      for (Read p : pairs) {
        if (p.claim().fold() == fold) {
          Judgement j = judge.judge(p.claim().text(), p.article());
          confusion.add(p.pair().stance(), j.stance());
          score(p, j, hits, golds);
        }
      }
    }
    StanceReport.print(out, pairs, folds, confusion, hits, golds, thresholds);
  }

  /**
   * A benchmark, not a score: judges every pair {@code rounds} times with a model trained on all
   * of them (articles annotated already, the judge's own reading of each text included) and
   * prints the time a pair took in the fastest round (the first warms the JIT up; on a shared
   * machine the fastest is the least disturbed).
   */
  public void speed(List<Read> pairs, int rounds, PrintWriter out) {
    TrainedStanceJudge judge = StanceTraining.train(pairs.stream().map(Read::example).toList(),
        line -> { });
    long nanos = Long.MAX_VALUE;
    int agreeing = 0;
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      agreeing = 0;
      for (Read p : pairs) {
        agreeing += judge.judge(p.claim().text(), p.article()).stance() == Stance.AGREE ? 1 : 0;
      }
      nanos = Math.min(nanos, System.nanoTime() - start);
    }
    out.printf(Locale.ROOT, "speed: %d pairs judged in %.1f ms, %.1f microseconds a pair (%d "
        + "agree; fastest of %d rounds)%n", pairs.size(), nanos / 1e6,
        nanos / 1e3 / pairs.size(), agreeing, rounds);
    out.flush();
  }

  private static void score(Read p, Judgement j, int[] hits, int[] golds) {
    Stance gold = p.pair().stance();
    if ((gold == Stance.AGREE || gold == Stance.DISAGREE) && !p.pair().rationale().isEmpty()) {
      golds[gold.ordinal()]++;
      hits[gold.ordinal()] += hit(p.pair().text(), p.pair().rationale(), j.rationale()) ? 1 : 0;
    }
  }

  /** Whether a returned sentence overlaps one of the gold lines (code points). */
  static boolean hit(String text, List<Integer> lines, List<Rationale> returned) {
    int line = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (lines.contains(line)) {
          int from = text.codePointCount(0, start);
          int to = text.codePointCount(0, i);
          if (returned.stream().anyMatch(r -> r.start() < to && r.end() > from)) {
            return true;
          }
        }
        line++;
        start = i + 1;
      }
    }
    return false;
  }
}
