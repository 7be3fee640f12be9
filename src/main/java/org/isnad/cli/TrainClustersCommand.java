package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.isnad.annotate.ner.ClusterTrainer;
import org.isnad.annotate.ner.TaggedSentence;
import org.isnad.annotate.ner.WordClusters;
import org.isnad.eval.ner.ConllCorpus;
import org.isnad.text.ArabicTokenizer;
import org.isnad.text.Token;
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
  private static final ObjectMapper JSON = new ObjectMapper();
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
    ClusterTrainer trainer = new ClusterTrainer(minCount, maxVocabulary, contextWords,
        iterations, seed);
    WordClusters table = trainer.train(this::sentences, classes, line -> {
      log.println(line);
      log.flush();
    });
    org.isnad.export.AtomicFile.write(out, o -> {
      java.io.Writer w = new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8);
      w.write("# Word classes for the name tagger (isnad train clusters --corpus " + corpus
          .stream().map(p -> p.getFileName().toString()).toList() + " --classes "
          + Arrays.toString(classes) + "), one word a line: word, then its class per count.\n");
      table.write(w);
    });
    log.printf("wrote %s (%d words, %d KiB)%n", out, table.words(), Files.size(out) >> 10);
    log.flush();
    return 0;
  }

  private void sentences(Consumer<List<String>> sink) {
    try {
      for (Path file : corpus) {
        String name = file.getFileName().toString();
        if (name.endsWith(".zip")) {
          zip(file, sink);
        } else if (name.endsWith(".jsonl")) {
          try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
              if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                text(node.has("text") ? node.get("text").asText()
                    : node.path("content").asText(), sink);
              }
            }
          }
        } else if (conll(file)) {
          for (TaggedSentence s : ConllCorpus.read(file)) {
            sink.accept(s.words());
          }
        } else {
          try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
              text(line, sink);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean conll(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file)) {
      int seen = 0;
      for (String line = in.readLine(); line != null && seen < 50; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        seen++;
        if (!line.strip().matches("\\S+ (O|[BI]-[A-Za-z]+)")) {
          return false;
        }
      }
      return seen > 0;
    }
  }

  private static void zip(Path file, Consumer<List<String>> sink) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.getName().endsWith(".json")) {
          continue;
        }
        JsonNode articles = JSON.readTree(zip.readAllBytes());
        for (JsonNode a : articles) {
          for (String paragraph : a.path("content").asText().split("\n")) {
            text(paragraph, sink);
          }
        }
      }
    }
  }

  /** Sentences of a paragraph: its tokens, cut after '.', '!', '?' and '؟'. */
  private static void text(String paragraph, Consumer<List<String>> sink) {
    List<String> words = new ArrayList<>();
    for (Token t : ArabicTokenizer.standard().tokenize(paragraph)) {
      words.add(t.text());
      if (t.text().equals(".") || t.text().equals("؟") || t.text().equals("!")
          || t.text().equals("?")) {
        sink.accept(List.copyOf(words));
        words.clear();
      }
    }
    if (!words.isEmpty()) {
      sink.accept(words);
    }
  }
}
