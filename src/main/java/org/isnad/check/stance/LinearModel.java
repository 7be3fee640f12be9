package org.isnad.check.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.isnad.check.Stance;

/**
 * A multinomial logistic regression over {@link StanceFeatures}: one weight per feature and
 * stance, probabilities by softmax, and the decision rule: {@link Stance#DISAGREE} only when its
 * probability reaches a threshold tuned in training (disagree is rare and costly to get wrong),
 * else the most probable of the other three, discuss's probability times a factor tuned in
 * training ({@link Decision}). Immutable and thread safe.
 *
 * <p>The file format (UTF-8 text, tab-separated; {@code #} lines are comments):
 *
 * <pre>
 * format	isnad-stance-model	1
 * classes	agree	disagree	discuss	unrelated
 * disagree-threshold	0.55
 * discuss-factor	1.5
 * features	27
 * bias	w_agree	w_disagree	w_discuss	w_unrelated
 * align-max	…   (one line a feature, in the order of StanceFeatures.NAMES)
 * </pre>
 */
final class LinearModel {
  static final String FORMAT = "isnad-stance-model\t1";
  private static final Stance[] CLASSES = Stance.values();
  private final double[][] weights;
  private final Decision decision;

  LinearModel(double[][] weights, Decision decision) {
    this.weights = weights;
    this.decision = decision;
  }

  /**
   * The decision rule's two tuned values: the probability disagree must reach, and a factor on
   * discuss's probability against agree's and unrelated's (macro-F1 weighs the rare classes as
   * much as the common).
   */
  record Decision(double threshold, double discussFactor) {
    static final Decision PLAIN = new Decision(1, 1);

    Stance decide(double[] p) {
      if (p[Stance.DISAGREE.ordinal()] >= threshold) {
        return Stance.DISAGREE;
      }
      Stance best = Stance.UNRELATED;
      double bestScore = p[best.ordinal()];
      for (Stance s : CLASSES) {
        double score = p[s.ordinal()] * (s == Stance.DISCUSS ? discussFactor : 1);
        if (s != Stance.DISAGREE && score > bestScore) {
          best = s;
          bestScore = score;
        }
      }
      return best;
    }
  }

  Decision decision() {
    return decision;
  }

  /** The probability of each stance (in {@link Stance} order) for features {@code x}. */
  double[] probabilities(double[] x) {
    return softmax(weights, x);
  }

  static double[] softmax(double[][] weights, double[] x) {
    double[] z = new double[CLASSES.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < z.length; c++) {
      for (int f = 0; f < x.length; f++) {
        z[c] += weights[c][f] * x[f];
      }
      max = Math.max(max, z[c]);
    }
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < z.length; c++) {
      z[c] /= sum;
    }
    return z;
  }

  /** The stance the decision rule picks from probabilities {@code p}. */
  Stance decide(double[] p) {
    return decision.decide(p);
  }

  /** The model as the text of its file. */
  String text() {
    StringBuilder out = new StringBuilder();
    out.append("# isnad stance model: multinomial logistic regression over the features of\n")
        .append("# org.isnad.check.stance.StanceFeatures. Rebuild with: isnad train stance\n")
        .append("format\t").append(FORMAT).append('\n').append("classes");
    for (Stance s : CLASSES) {
      out.append('\t').append(s.code());
    }
    out.append("\ndisagree-threshold\t").append(decision.threshold()).append('\n')
        .append("discuss-factor\t").append(decision.discussFactor()).append('\n')
        .append("features\t").append(StanceFeatures.NAMES.size()).append('\n');
    for (int f = 0; f < StanceFeatures.NAMES.size(); f++) {
      out.append(StanceFeatures.NAMES.get(f));
      for (double[] row : weights) {
        out.append('\t').append(row[f]);
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * The model in {@code file}.
   *
   * @throws IllegalArgumentException when the file is missing, unreadable or not such a model,
   *     naming it and the command that builds it
   */
  static LinearModel read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw bad(file, "no such file");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException | RuntimeException e) {
      throw bad(file, "cannot read it (" + e + ")");
    }
    return parse(file, lines);
  }

  private static LinearModel parse(Path file, List<String> lines) {
    int n = StanceFeatures.NAMES.size();
    if (lines.size() != 5 + n || !lines.get(0).equals("format\t" + FORMAT)) {
      throw bad(file, "not an " + FORMAT.replace('\t', ' ') + " file with " + n + " features");
    }
    expect(file, lines.get(1), "classes\tagree\tdisagree\tdiscuss\tunrelated");
    expect(file, lines.get(4), "features\t" + n);
    double threshold = number(file, field(file, lines.get(2), "disagree-threshold", 2)[1]);
    double factor = number(file, field(file, lines.get(3), "discuss-factor", 2)[1]);
    double[][] weights = new double[CLASSES.length][n];
    for (int f = 0; f < n; f++) {
      String[] cells = field(file, lines.get(5 + f), StanceFeatures.NAMES.get(f),
          1 + CLASSES.length);
      for (int c = 0; c < CLASSES.length; c++) {
        weights[c][f] = number(file, cells[1 + c]);
      }
    }
    return new LinearModel(weights, new Decision(threshold, factor));
  }

  private static void expect(Path file, String line, String wanted) {
    if (!line.equals(wanted)) {
      throw bad(file, "expected '" + wanted.replace('\t', ' ') + "', found '" + line + "'");
    }
  }

  private static String[] field(Path file, String line, String name, int count) {
    String[] cells = line.split("\t", -1);
    if (cells.length != count || !cells[0].equals(name)) {
      throw bad(file, "expected " + count + " fields starting '" + name + "', found '" + line
          + "'");
    }
    return cells;
  }

  private static double number(Path file, String cell) {
    try {
      double v = Double.parseDouble(cell);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(file, "not a finite number: '" + cell + "'");
  }

  private static IllegalArgumentException bad(Path file, String why) {
    return new IllegalArgumentException(String.format(Locale.ROOT,
        "stance model %s: %s; build one with 'isnad train stance'", file, why));
  }
}
