package org.isnad.eval.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.Training;
import org.isnad.Training.Name;

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
   * Scores the tagger on {@code testFile}.
   *
   * @param model a model file, or {@code null} for the shipped model
   * @param bias weight added to the scores of a type's labels (empty: none)
   * @param document tag the test file as running text rather than sentence by sentence
   * @param errors also list the differences from the gold
   * @throws IllegalArgumentException when the model file does not exist
   */
  public static Result run(Path testFile, Path model, Map<String, Float> bias, boolean document,
      boolean errors) throws IOException {
    Training.NameTagging tagger = Training.nameTagger(model, bias);
    Training.NameData test = Training.nameData(testFile);
    List<List<String>> words = test.words();
    List<List<String>> labels = test.labels();
    ConllScorer scorer = new ConllScorer();
    long start = System.nanoTime();
    List<String> log = new ArrayList<>();
    List<List<Name>> byDocument = document ? tagger.tagAll(words) : null;
    for (int i = 0; i < words.size(); i++) {
      List<Name> gold = ConllScorer.names(labels.get(i));
      List<Name> found = document ? byDocument.get(i) : tagger.tag(words.get(i));
      scorer.add(gold, found);
      if (errors) {
        log.addAll(differences(words.get(i), gold, found));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int size = words.stream().mapToInt(List::size).sum();
    return new Result(scorer.scores(), words.size(), size, seconds, log);
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
}
