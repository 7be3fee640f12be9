package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.Training;
import org.isnad.eval.ner.NerCrossValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isnad train ner}: the name tagger's model from ANERcorp's train split. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    resourceBundle = TrainOutput.BUNDLE,
    description = "Trains the name tagger (structured averaged perceptron, Viterbi) on ANERcorp's train split and "
        + "writes the model that ships as a resource.")
final class TrainNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/anercorp/"
      + "camel-splits-reconstructed/ANERCorp_CamelLab_train.recon.txt",
      description = "Training file, 'word TAG' a line (default: ${DEFAULT-VALUE}).")
  Path data;

  @Mixin TrainOutput output = new TrainOutput(
      "src/main/resources/org/isnad/annotate/ner/anercorp.model.gz");

  @Option(names = "--clusters", paramLabel = "FILE",
      defaultValue = "src/main/resources/org/isnad/annotate/ner/clusters.tsv",
      description = "Word-class table from 'isnad train clusters', or 'none' (default: "
          + "${DEFAULT-VALUE}).")
  String clusters;

  @Option(names = "--document",
      description = "Let each sentence's features see the sentences around it (the training "
          + "file read as running text).")
  boolean document;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "12",
      description = "Passes over the data (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20261123",
      description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--min-weight", paramLabel = "W", defaultValue = "0.001",
      description = "Weights smaller than this are not written (default: ${DEFAULT-VALUE}).")
  float minWeight;

  @Option(names = "--cv", paramLabel = "K", defaultValue = "0",
      description = "Cross-validate instead of writing a model: K contiguous folds of the "
          + "training file, each scored (CoNLL entity level, articles tagged as isnad does) by "
          + "a model trained on the others, after every epoch (default: no cross-validation).")
  int cv;

  @Option(names = "--cv-only", paramLabel = "I", split = ",",
      description = "Score only these folds (0-based); '--cv 10 --cv-only 9' is the "
          + "development split, the last 10%% of train.")
  List<Integer> cvOnly;

  @Option(names = "--bag", paramLabel = "N", defaultValue = "1",
      description = "Train N perceptrons with seeds seed, seed+1, ... and average their "
          + "weights (default: ${DEFAULT-VALUE}).")
  int bag;

  @Override
  public Integer call() throws IOException {
    Path out = cv > 0 ? null : output.file();
    Training.NameData input = Training.nameData(data);
    PrintWriter log = spec.commandLine().getOut();
    log.printf("isnad train ner: %d sentences from %s%n", input.size(), data);
    log.flush();
    if (!clusters.equals("none")) {
      input = input.withClusters(clusters);
      log.printf("word classes: %s%n", clusters);
    }
    if (cv > 0) {
      new NerCrossValidation(cv, cvOnly, epochs, seed, document, bag, log).run(input);
      return 0;
    }
    Training.NameModel model = Training.trainNameTagger(input, document, epochs, seed, bag,
        line -> {
          log.println(line);
          log.flush();
        });
    org.isnad.export.AtomicFile.write(out, o -> model.writeTo(o, minWeight));
    log.printf("wrote %s (%d KiB)%n", out, Files.size(out) >> 10);
    log.flush();
    return 0;
  }
}
