package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.isnad.Isnad;
import org.isnad.eval.ner.NameEvaluation;
import org.isnad.eval.ner.NerScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code isnad eval names}: exact-span P/R/F1 of the whole entity stage (tagger, outlets, rules)
 * on a hand-annotated span gold of text isnad was not tuned to (cross-corpus, as NewsFANE does).
 */
@Command(name = "names", mixinStandardHelpOptions = true,
    resourceBundle = GoldOptions.BUNDLE,
    description = "Scores isnad's names (people, places, organisations, other) on the"
        + " hand-annotated baly2018 sentences: exact code point span and type.")
final class EvalNamesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GoldOptions options = new GoldOptions("eval/ner-baly/gold.tsv", null);

  @Override
  public Integer call() throws IOException {
    NameEvaluation evaluation = NameEvaluation.load(options.goldFile(), options.folder());
    NameEvaluation.NameResult result = evaluation.run(Isnad::entityMentions);
    NerScores scores = result.scores();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("isnad eval names: %d sentences (%s)%n", evaluation.gold().size(), options.gold);
    scores.printTable(out);
    if (options.errors) {
      result.errors().forEach(out::println);
    }
    out.flush();
    return 0;
  }

}
