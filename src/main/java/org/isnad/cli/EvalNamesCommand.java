package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.Isnad;
import org.isnad.eval.ner.NameEvaluation;
import org.isnad.eval.ner.NerScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code isnad eval names}: exact-span P/R/F1 of the whole entity stage (tagger, outlets, rules)
 * on a hand-annotated span gold of text isnad was not tuned to (cross-corpus, as NewsFANE does).
 */
@Command(name = "names", mixinStandardHelpOptions = true,
    description = "Scores isnad's names (people, places, organisations, other) on the"
        + " hand-annotated baly2018 sentences: exact code point span and type.")
final class EvalNamesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE", defaultValue = "eval/ner-baly/gold.tsv",
      description = "Gold file (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Corpus folder the gold points into (default: by the gold's first line, as"
          + " for 'eval time').")
  Path data;

  @Option(names = "--errors", description = "List every missed, spurious or differing name,"
      + " sentence by sentence.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("gold file not found: " + gold);
    }
    NameEvaluation evaluation = NameEvaluation.load(gold, GoldData.folder(gold, data));
    NameEvaluation.NameResult result = evaluation.run(Isnad::entityMentions);
    NerScores scores = result.scores();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("isnad eval names: %d sentences (%s)%n", evaluation.gold().size(), gold);
    scores.printTable(out);
    if (errors) {
      result.errors().forEach(out::println);
    }
    out.flush();
    return 0;
  }

}
