package org.isnad.eval.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.annotate.entity.NameTagger.Name;
import org.isnad.annotate.ner.PerceptronModel;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.annotate.ner.TaggedSentence;

/**
 * The name tagger scored on a CoNLL file ({@code isnad eval ner}): CoNLL entity-level counts
 * (exact span and type) of the shipped model or a model file, each sentence tagged alone or, as
 * isnad tags an article, with the sentences around it. Reads only the files it is given.
 */
public final class TaggerEvaluation {
  private TaggerEvaluation() {}

  /**
   * What a scoring run saw: the scores, the test file's size, the tagging time in seconds, and
   * (when asked for) each missed ({@code -}) and wrong ({@code +}) name with its sentence.
   */
  public record Result(NerScores scores, int sentences, int words, double seconds,
      List<String> errors) {
    public Result {
      errors = List.copyOf(errors);
    }
  }

  /**
   * Scores the tagger on {@code test}.
   *
   * @param model a model file, or {@code null} for the shipped model
   * @param bias weight added to the scores of a type's labels (empty: none)
   * @param document tag the test file as running text rather than sentence by sentence
   * @param errors also list the differences from the gold
   * @throws IllegalArgumentException when the model file does not exist
   */
  public static Result run(Path test, Path model, Map<String, Float> bias, boolean document,
      boolean errors) throws IOException {
    PerceptronTagger tagger = model == null && bias.isEmpty() ? PerceptronTagger.bundled()
        : load(model, bias);
    List<TaggedSentence> sentences = ConllCorpus.read(test);
    ConllScorer scorer = new ConllScorer();
    long start = System.nanoTime();
    List<String> log = new ArrayList<>();
    List<List<Name>> byDocument = document ? tagger.tagAll(
        sentences.stream().map(TaggedSentence::words).toList()) : null;
    for (int i = 0; i < sentences.size(); i++) {
      TaggedSentence s = sentences.get(i);
      List<Name> gold = ConllScorer.names(s.labels());
      List<Name> found = document ? byDocument.get(i) : tagger.tag(s.words());
      scorer.add(gold, found);
      if (errors) {
        log.addAll(differences(s.words(), gold, found));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int words = sentences.stream().mapToInt(s -> s.words().size()).sum();
    return new Result(scorer.scores(), sentences.size(), words, seconds, log);
  }

  private static List<String> differences(List<String> words, List<Name> gold,
      List<Name> found) {
    List<String> lines = new ArrayList<>();
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

  private static PerceptronTagger load(Path file, Map<String, Float> bias) throws IOException {
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
}
