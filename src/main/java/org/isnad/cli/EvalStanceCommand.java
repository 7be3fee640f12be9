package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.eval.stance.StanceCrossValidation;
import org.isnad.eval.stance.StanceGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isnad eval stance}: the stance classifier cross-validated by claim on baly2018. */
@Command(name = "stance", mixinStandardHelpOptions = true,
    description = "Cross-validates the stance classifier by claim on folds 1-3 of Baly et al. "
        + "(2018): accuracy, macro-F1, per-class P/R/F1, confusion matrix, rationale hit rate.")
final class EvalStanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/baly2018",
      description = "Folder with folds.txt and dataset/*.json (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--folds", paramLabel = "N", defaultValue = "3",
      description = "Use folds 1..N of folds.txt (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Threads annotating the articles (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--speed", paramLabel = "ROUNDS", defaultValue = "0",
      description = "Also time the judge: every pair judged ROUNDS times by a model trained on "
          + "all, the fastest round reported (default: no timing).")
  int speed;

  @Override
  public Integer call() throws IOException {
    if (folds < 2 || threads < 1) {
      throw new IllegalArgumentException("--folds needs at least 2 and --threads 1: " + folds
          + ", " + threads);
    }
    List<StanceGold.Claim> claims = StanceGold.read(data, folds);
    StanceCrossValidation validation = new StanceCrossValidation(threads);
    PrintWriter out = spec.commandLine().getOut();
    List<StanceCrossValidation.Read> pairs = validation.read(claims);
    validation.run(pairs, out);
    if (speed > 0) {
      validation.speed(pairs, speed, out);
    }
    out.flush();
    return 0;
  }
}
