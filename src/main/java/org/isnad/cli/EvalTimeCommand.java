package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.eval.time.GoldTimex;
import org.isnad.eval.time.TimeEvaluation;
import org.isnad.eval.time.TimeGold;
import org.isnad.eval.time.TimeScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code isnad eval time}: span precision/recall/F1 (strict and relaxed) and value accuracy of
 * the time annotator, or of another system's predictions, on the hand-annotated gold.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
    resourceBundle = GoldOptions.BUNDLE,
    description = "Scores time expressions (TIMEX3) on the hand-annotated SaudiNewsNet (or"
        + " baly2018) sentences.")
final class EvalTimeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GoldOptions options = new GoldOptions("eval/time/gold.tsv", null);

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Score this system's output instead of isnad's (TSV: sid start end type value).")
  Path predictions;

  @Option(names = "--export-sentences", paramLabel = "FILE",
      description = "Write the gold sentences as TSV (sid, reference, text) for another system "
          + "(- for standard output), and stop.")
  Path export;

  @Option(names = "--show", description = "Print the gold with its text, and stop.")
  boolean show;

  @Override
  public Integer call() throws IOException {
    TimeEvaluation evaluation = TimeEvaluation.load(options.goldFile(), options.folder());
    PrintWriter out = spec.commandLine().getOut();
    if (export != null && export.toString().equals(Target.STDOUT)) {
      out.print(sentences(evaluation));
    } else if (export != null) {
      exportSentences(evaluation);
      out.printf("wrote %d sentences to %s%n", evaluation.texts().size(), export);
    } else if (show) {
      show(evaluation, out);
    } else {
      score(evaluation, out);
    }
    out.flush();
    return 0;
  }

  private void score(TimeEvaluation evaluation, PrintWriter out) throws IOException {
    String system = predictions == null ? "isnad" : predictions.toString();
    long start = System.nanoTime();
    List<GoldTimex> predicted = predictions == null
        ? evaluation.annotate() : TimeGold.readPredictions(predictions);
    double seconds = (System.nanoTime() - start) / 1e9;
    TimeScores s = evaluation.score(predicted);
    out.printf("isnad eval time: %d sentences, %d gold expressions (%s)%n",
        evaluation.texts().size(), s.gold(), options.gold);
    out.printf("system: %s, %d expressions%s%n", system, s.predicted(), predictions == null
        ? String.format(" (%.2f s, cold)", seconds) : "");
    out.printf("%-26s %9s %7s %7s%n", "", "precision", "recall", "F1");
    row(out, "span, strict", s.strict(), s);
    row(out, "span, relaxed (overlap)", s.relaxed(), s);
    row(out, "type (relaxed span)", s.typeCorrect(), s);
    row(out, "value (relaxed span)", s.valueCorrect(), s);
    out.printf("type accuracy on matched:  %.3f (%d/%d)%n", s.typeAccuracy(), s.typeCorrect(),
        s.relaxed());
    out.printf("value accuracy on matched: %.3f (%d/%d)%n", s.valueAccuracy(), s.valueCorrect(),
        s.relaxed());
    if (options.errors) {
      s.errors().forEach(out::println);
    }
  }

  private static void row(PrintWriter out, String name, int correct, TimeScores s) {
    out.printf("%-26s %9.3f %7.3f %7.3f%n", name, TimeScores.precision(correct, s.predicted()),
        TimeScores.recall(correct, s.gold()), TimeScores.f1(correct, s.predicted(), s.gold()));
  }

  private void exportSentences(TimeEvaluation evaluation) throws IOException {
    byte[] bytes = sentences(evaluation).getBytes(StandardCharsets.UTF_8);
    org.isnad.export.AtomicFile.write(export, out -> out.write(bytes));
  }

  /** The gold sentences as TSV: a header, then sid, reference and text a line. */
  private static String sentences(TimeEvaluation evaluation) {
    List<String> lines = new ArrayList<>();
    lines.add("# sid\treference\ttext");
    for (Map.Entry<String, String> e : evaluation.texts().entrySet()) {
      lines.add(e.getKey() + "\t" + evaluation.reference(e.getKey()) + "\t" + e.getValue());
    }
    return String.join("\n", lines) + "\n";
  }

  private static void show(TimeEvaluation evaluation, PrintWriter out) {
    for (Map.Entry<String, String> e : evaluation.texts().entrySet()) {
      out.printf("%s  %s  %s%n", e.getKey(), evaluation.reference(e.getKey()), e.getValue());
      for (GoldTimex t : evaluation.gold().timexes()) {
        if (t.sid().equals(e.getKey())) {
          out.printf("    [%d,%d) «%s» %s %s %s%n", t.start(), t.end(), e.getValue().codePoints()
              .skip(t.start()).limit(t.end() - t.start()).collect(StringBuilder::new,
                  StringBuilder::appendCodePoint, StringBuilder::append), t.type(),
              t.value().isEmpty() ? "-" : t.value(), t.mod());
        }
      }
    }
  }
}
