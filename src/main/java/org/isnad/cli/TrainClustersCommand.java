package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code isnad train clusters}: the name tagger's word classes from unlabelled text. The shipped
 * table comes from ANERcorp's train split only (its licence is the model's); other corpora
 * (SaudiNewsNet zips, JSONL, plain text) may be clustered to measure, never to ship.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    resourceBundle = TrainOutput.BUNDLE,
    description = "Learns word classes (k-means over left/right context vectors, several class "
        + "counts) for the name tagger's features and writes the table 'isnad train ner' reads.")
final class TrainClustersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE", split = ",", defaultValue = "../shared/data/"
      + "anercorp/camel-splits-reconstructed/ANERCorp_CamelLab_train.recon.txt",
      description = "Input files: CoNLL 'word TAG' (*.txt with tags), SaudiNewsNet *.zip (JSON "
          + "arrays with \"content\"), *.jsonl (\"text\" or \"content\"), or plain text, one "
          + "paragraph a line (default: ${DEFAULT-VALUE}).")
  List<Path> corpus;

  @Mixin TrainOutput output = new TrainOutput(
      "src/main/resources/org/isnad/annotate/ner/clusters.tsv");

  @Option(names = "--classes", paramLabel = "N", split = ",", defaultValue = "16,64,256",
      description = "Class counts, one per granularity (default: ${DEFAULT-VALUE}).")
  int[] classes;

  @Option(names = "--min-count", defaultValue = "3",
      description = "Words seen fewer times get no class (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--max-vocabulary", defaultValue = "30000",
      description = "At most this many (most frequent) words (default: ${DEFAULT-VALUE}).")
  int maxVocabulary;

  @Option(names = "--context-words", defaultValue = "500",
      description = "Context dimensions: this many most frequent words on each side "
          + "(default: ${DEFAULT-VALUE}).")
  int contextWords;

  @Option(names = "--iterations", defaultValue = "12",
      description = "k-means passes at most (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--seed", defaultValue = "20261206",
      description = "Seed of the starting words (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    Path out = output.file();
    for (Path file : corpus) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("corpus file not found: " + file);
      }
    }
    PrintWriter log = spec.commandLine().getOut();
    log.printf("isnad train clusters: %s -> %s%n", corpus, out);
    log.flush();
    Training.WordClasses table = Training.trainClusters(corpus, new Training.ClusterSettings(
        classes, minCount, maxVocabulary, contextWords, iterations, seed), line -> {
          log.println(line);
          log.flush();
        });
    org.isnad.export.AtomicFile.write(out, o -> {
      java.io.Writer w = new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8);
      w.write("# Word classes for the name tagger (isnad train clusters --corpus " + corpus
          .stream().map(p -> p.getFileName().toString()).toList() + " --classes "
          + Arrays.toString(classes) + "), one word a line: word, then its class per count.\n");
      table.writeTo(w);
    });
    log.printf("wrote %s (%d words, %d KiB)%n", out, table.words(), Files.size(out) >> 10);
    log.flush();
    return 0;
  }
}
