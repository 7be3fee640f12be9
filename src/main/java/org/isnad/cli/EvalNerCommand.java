package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.eval.ner.TaggerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isnad eval ner}: CoNLL entity-level P/R/F1 of the name tagger on ANERcorp test. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Scores the name tagger on ANERcorp's test split (CoNLL entity level: exact "
        + "span and type) and prints precision/recall/F1 per type and micro-averaged.")
final class EvalNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--test", paramLabel = "FILE", defaultValue = "../shared/data/anercorp/"
      + "camel-splits-reconstructed/ANERCorp_CamelLab_test.recon.txt",
      description = "Test file, 'word TAG' a line (default: ${DEFAULT-VALUE}).")
  Path test;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Model file (default: the one that ships with isnad).")
  Path model;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Also write each missed (-) and wrong (+) name with its sentence, for error "
          + "analysis on a development split (never read test errors to tune); - prints them "
          + "after the scores.")
  Path errors;

  @Option(names = "--bias", paramLabel = "TYPE=W", split = ",",
      description = "Add W to the scores of a type's labels (tuning on a development split).")
  java.util.Map<String, Float> bias = new java.util.HashMap<>();

  @Option(names = "--document",
      description = "Tag each sentence with the sentences around it, as isnad tags an article "
          + "(the test file read as running text).")
  boolean document;

  @Override
  public Integer call() throws IOException {
    TaggerEvaluation.Result result = TaggerEvaluation.run(test, model, bias, document,
        errors != null);
    print(result);
    if (errors != null && errors.toString().equals(Target.STDOUT)) {
      PrintWriter out = spec.commandLine().getOut();
      result.errors().forEach(out::println);
      out.flush();
    } else if (errors != null) {
      Files.write(errors, result.errors());
    }
    return 0;
  }

  private void print(TaggerEvaluation.Result result) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("isnad eval ner: %d sentences, %d words (%s)%n", result.sentences(),
        result.words(), test);
    result.scores().printTable(out);
    out.printf("tagging: %.2f s, %.0f words/s on one thread (including model features)%n",
        result.seconds(), result.words() / result.seconds());
    out.flush();
  }

}
