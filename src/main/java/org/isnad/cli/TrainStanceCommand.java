package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.check.stance.StanceTraining;
import org.isnad.check.stance.TrainedStanceJudge;
import org.isnad.eval.stance.StanceCrossValidation;
import org.isnad.eval.stance.StanceGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code isnad train stance}: the stance model from folds 1-3 of Baly et al. (2018), written to a
 * git-ignored folder (the data is research-use only: neither it nor a model trained on it ships).
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
    description = "Trains the stance classifier (multinomial logistic regression) on folds 1-3 "
        + "of Baly et al. (2018) and writes its model file.")
final class TrainStanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/baly2018",
      description = "Folder with folds.txt and dataset/*.json (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "models/stance.model",
      description = "Model file to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--folds", paramLabel = "N", defaultValue = "3",
      description = "Train on folds 1..N of folds.txt (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Threads annotating the articles (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException {
    if (out.toString().equals(Target.STDOUT) || folds < 1 || threads < 1) {
      throw new IllegalArgumentException("-o needs a file (standard output carries the log), "
          + "--folds and --threads at least 1: " + out + ", " + folds + ", " + threads);
    }
    PrintWriter log = spec.commandLine().getOut();
    List<StanceGold.Claim> claims = StanceGold.read(data, folds);
    List<StanceTraining.Example> examples = new StanceCrossValidation(threads).read(claims)
        .stream().map(StanceCrossValidation.Read::example).toList();
    log.printf("isnad train stance: %d claims, %d pairs from %s%n", claims.size(),
        examples.size(), data);
    TrainedStanceJudge judge = StanceTraining.train(examples, log::println);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    byte[] bytes = judge.modelText().getBytes(StandardCharsets.UTF_8);
    org.isnad.export.AtomicFile.write(out, o -> o.write(bytes));
    log.printf("wrote %s (%d bytes)%n", out, bytes.length);
    log.flush();
    return 0;
  }
}
