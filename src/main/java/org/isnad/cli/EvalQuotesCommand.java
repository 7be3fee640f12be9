package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.Isnad;
import org.isnad.eval.quotes.QuoteEvaluation;
import org.isnad.eval.quotes.QuoteScores;
import org.isnad.eval.quotes.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isnad eval quotes}: precision/recall of cues, speakers, contents and chains. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    resourceBundle = GoldOptions.BUNDLE,
    description = "Scores reported statements and attribution chains on the hand-annotated "
        + "SaudiNewsNet (or baly2018) sentences.")
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GoldOptions options = new GoldOptions("eval/quotes/gold.tsv", null);

  @Override
  public Integer call() throws IOException {
    QuoteEvaluation evaluation = QuoteEvaluation.load(options.goldFile(), options.folder());
    List<Statement> predicted = evaluation.annotate(Isnad::attributedQuotes);
    QuoteScores s = evaluation.score(predicted);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("isnad eval quotes: %d sentences, %d gold statements, %d predicted (%s)%n",
        evaluation.texts().size(), s.gold(), s.predicted(), options.gold);
    out.printf("%-30s %9s %7s %7s%n", "", "precision", "recall", "F1");
    row(out, "cues (overlap)", s.cues(), s);
    row(out, "speakers", s.speakers(), s);
    row(out, "contents (half of gold)", s.contents(), s);
    row(out, "chains (roles and names)", s.chains(), s);
    out.printf("direct/indirect right on matched: %d/%d%n", s.direct(), s.cues());
    if (options.errors) {
      s.errors().forEach(out::println);
    }
    out.flush();
    return 0;
  }

  private static void row(PrintWriter out, String name, int correct, QuoteScores s) {
    double p = s.predicted() == 0 ? 0 : (double) correct / s.predicted();
    double r = s.gold() == 0 ? 0 : (double) correct / s.gold();
    out.printf("%-30s %9.3f %7.3f %7.3f%n", name, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
