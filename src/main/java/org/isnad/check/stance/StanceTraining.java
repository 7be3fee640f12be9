package org.isnad.check.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.isnad.check.Stance;

/**
 * Trains the stance classifier: a multinomial logistic regression by full-batch gradient
 * descent from zero weights, over the examples in the order given (so the same examples give the
 * same bytes: no sampling, no seed to vary), with class weights against imbalance and an L2
 * penalty; then the disagree threshold, tuned inside the training data only: the examples'
 * claims split in two halves (by sorted claim id, alternately), each half judged by a model
 * trained on the other, and the threshold kept that gives the best macro-F1 among those whose
 * disagree precision reaches {@link #PRECISION_TARGET} on at least two predictions (else 1:
 * disagree is then never predicted, precision first); with it, the factor on discuss's
 * probability (one of {@link #FACTORS}) that gives the best macro-F1 there.
 */
public final class StanceTraining {
  /** The disagree precision the threshold aims for. */
  public static final double PRECISION_TARGET = 0.6;
  private static final int ITERATIONS = 1500;
  private static final double RATE = 1.0;
  private static final double L2 = 1e-3;
  private static final double CLASS_WEIGHT_POWER = 0.75;
  /** The threshold when none reaches the precision target: disagree is never predicted. */
  private static final double NEVER = 1.0;
  /** The fewest disagree predictions a threshold's precision is trusted on. */
  private static final int MIN_PREDICTED = 2;
  /** The factors on discuss's probability tried. */
  private static final double[] FACTORS = {0.67, 0.8, 1, 1.25, 1.5};

  private StanceTraining() {}

  /**
   * One training pair: the claim it belongs to (pairs of a claim are kept together), its
   * features ({@link StanceFeatures#of}) and its gold stance.
   */
  public record Example(String claim, double[] features, Stance gold) {
    public Example {
      Objects.requireNonNull(claim, "claim");
      if (features.length != StanceFeatures.NAMES.size()) {
        throw new IllegalArgumentException("expected " + StanceFeatures.NAMES.size()
            + " features, got " + features.length);
      }
      Objects.requireNonNull(gold, "gold");
    }
  }

  /**
   * The judge trained on {@code examples}; {@code log} hears the tuning.
   *
   * @throws IllegalArgumentException when there are no examples
   */
  public static TrainedStanceJudge train(List<Example> examples, Consumer<String> log) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no training examples");
    }
    LinearModel.Decision decision = tunedDecision(examples, log);
    return new TrainedStanceJudge(new LinearModel(weights(examples), decision));
  }

  /** The weights fitted to {@code examples}, [stance][feature]. */
  static double[][] weights(List<Example> examples) {
    int k = Stance.values().length;
    int n = StanceFeatures.NAMES.size();
    double[] classWeight = classWeights(examples);
    double[][] w = new double[k][n];
    double norm = 0;
    for (Example e : examples) {
      norm += classWeight[e.gold().ordinal()];
    }
    for (int it = 0; it < ITERATIONS; it++) {
      double[][] grad = new double[k][n];
      for (Example e : examples) {
        double[] p = LinearModel.softmax(w, e.features());
        double cw = classWeight[e.gold().ordinal()] / norm;
        for (int c = 0; c < k; c++) {
          double d = cw * (p[c] - (c == e.gold().ordinal() ? 1 : 0));
          for (int f = 0; f < n; f++) {
            grad[c][f] += d * e.features()[f];
          }
        }
      }
      for (int c = 0; c < k; c++) {
        for (int f = 0; f < n; f++) {
          w[c][f] -= RATE * (grad[c][f] + (f == 0 ? 0 : L2 * w[c][f]));
        }
      }
    }
    return w;
  }

  /** Per stance, (total / (classes × count)) to the power {@link #CLASS_WEIGHT_POWER}. */
  private static double[] classWeights(List<Example> examples) {
    int k = Stance.values().length;
    int[] count = new int[k];
    examples.forEach(e -> count[e.gold().ordinal()]++);
    double[] weight = new double[k];
    for (int c = 0; c < k; c++) {
      weight[c] = count[c] == 0 ? 0
          : Math.pow((double) examples.size() / (k * count[c]), CLASS_WEIGHT_POWER);
    }
    return weight;
  }

  private static LinearModel.Decision tunedDecision(List<Example> examples,
      Consumer<String> log) {
    List<String> claims = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::claim)
        .toList()));
    List<double[]> probabilities = new ArrayList<>();
    List<Stance> gold = new ArrayList<>();
    for (int half = 0; half < 2; half++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (Example e : examples) {
        (claims.indexOf(e.claim()) % 2 == half ? test : train).add(e);
      }
      if (train.isEmpty() || test.isEmpty()) {
        continue;
      }
      double[][] w = weights(train);
      for (Example e : test) {
        probabilities.add(LinearModel.softmax(w, e.features()));
        gold.add(e.gold());
      }
    }
    return chosen(probabilities, gold, log);
  }

  private static LinearModel.Decision chosen(List<double[]> probabilities, List<Stance> gold,
      Consumer<String> log) {
    LinearModel.Decision best = LinearModel.Decision.PLAIN;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (double factor : FACTORS) {
      double threshold = NEVER;
      double thresholdScore = Double.NEGATIVE_INFINITY;
      for (int step = 4; step <= 20; step++) {
        LinearModel.Decision d = new LinearModel.Decision(step / 20.0, factor);
        StanceConfusion confusion = confusion(probabilities, gold, d);
        boolean precise = confusion.precision(Stance.DISAGREE) >= PRECISION_TARGET
            && confusion.predicted(Stance.DISAGREE) >= MIN_PREDICTED;
        if ((precise || step == 20) && confusion.macroF1() > thresholdScore) {
          thresholdScore = confusion.macroF1();
          threshold = d.threshold();
        }
      }
      log.accept(String.format(java.util.Locale.ROOT,
          "discuss factor %.2f: disagree threshold %.2f, macro-F1 %.3f", factor, threshold,
          thresholdScore));
      if (thresholdScore > bestScore) {
        bestScore = thresholdScore;
        best = new LinearModel.Decision(threshold, factor);
      }
    }
    log.accept("decision: disagree threshold " + best.threshold() + ", discuss factor "
        + best.discussFactor());
    return best;
  }

  private static StanceConfusion confusion(List<double[]> probabilities, List<Stance> gold,
      LinearModel.Decision decision) {
    StanceConfusion confusion = new StanceConfusion();
    for (int i = 0; i < gold.size(); i++) {
      confusion.add(gold.get(i), decision.decide(probabilities.get(i)));
    }
    return confusion;
  }
}
