package org.isnad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.annotate.entity.NameTagger.Name;
import org.isnad.annotate.ner.PerceptronModel;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.annotate.ner.TaggedSentence;
import org.isnad.eval.ner.ConllCorpus;
import org.isnad.eval.ner.ConllScorer;
import org.isnad.eval.ner.NerScores;
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
    PerceptronTagger tagger = model == null && bias.isEmpty() ? PerceptronTagger.bundled()
        : load(model);
    List<TaggedSentence> sentences = ConllCorpus.read(test);
    ConllScorer scorer = new ConllScorer();
    long start = System.nanoTime();
    List<String> log = new java.util.ArrayList<>();
    List<List<Name>> byDocument = document ? tagger.tagAll(
        sentences.stream().map(TaggedSentence::words).toList()) : null;
    for (int i = 0; i < sentences.size(); i++) {
      TaggedSentence s = sentences.get(i);
      List<Name> gold = ConllScorer.names(s.labels());
      List<Name> found = document ? byDocument.get(i) : tagger.tag(s.words());
      scorer.add(gold, found);
      if (errors != null) {
        log.addAll(differences(s.words(), gold, found));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    print(scorer.scores(), sentences, seconds);
    if (errors != null && errors.toString().equals(Target.STDOUT)) {
      PrintWriter out = spec.commandLine().getOut();
      log.forEach(out::println);
      out.flush();
    } else if (errors != null) {
      Files.write(errors, log);
    }
    return 0;
  }

  private static List<String> differences(List<String> words, List<Name> gold,
      List<Name> found) {
    List<String> lines = new java.util.ArrayList<>();
    String sentence = String.join(" ", words);
    for (Name g : gold) {
      if (!found.contains(g)) {
        lines.add("-" + g.type() + "\t" + String.join(" ", words.subList(g.start(), g.end()))
            + "\t" + sentence);
      }
    }
    for (Name f : found) {
      if (!gold.contains(f)) {
        lines.add("+" + f.type() + "\t" + String.join(" ", words.subList(f.start(), f.end()))
            + "\t" + sentence);
      }
    }
    return lines;
  }

  private PerceptronTagger load(Path file) throws IOException {
    if (file == null) {
      return new PerceptronTagger(PerceptronTagger.bundled().model(), bias);
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("model file not found: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new PerceptronTagger(PerceptronModel.read(in), bias);
    }
  }

  private void print(NerScores scores, List<TaggedSentence> sentences, double seconds) {
    PrintWriter out = spec.commandLine().getOut();
    int words = sentences.stream().mapToInt(s -> s.words().size()).sum();
    out.printf("isnad eval ner: %d sentences, %d words (%s)%n", sentences.size(), words, test);
    scores.printTable(out);
    out.printf("tagging: %.2f s, %.0f words/s on one thread (including model features)%n",
        seconds, words / seconds);
    out.flush();
  }

}
