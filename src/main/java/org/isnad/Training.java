package org.isnad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.isnad.annotate.entity.NameTagger;
import org.isnad.annotate.ner.ClusterTrainer;
import org.isnad.annotate.ner.ConllFile;
import org.isnad.annotate.ner.PerceptronModel;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.annotate.ner.PerceptronTrainer;
import org.isnad.annotate.ner.TaggedSentence;
import org.isnad.annotate.ner.WordClusters;

/**
 * The facade's door for training what the name tagger ships with ({@code isnad train}): its
 * perceptron model from a labelled CoNLL file and its word classes from unlabelled text; and for
 * scoring such a model ({@code isnad eval ner}, cross-validation): the tagger of a model over
 * words, with names as {@link Name}s. It writes no file: it hands back what was trained, for the
 * caller to write where it likes.
 * Deterministic: the same inputs and seed give the same bytes.
 *
 * <p>Kept apart from {@link Isnad}, which analyses documents on a pool of threads with a clock:
 * training shares none of that, reads other inputs (labelled sentences, raw text) and would
 * double the facade's size. Stateless.
 */
public final class Training {
  private Training() {}

  /**
   * A name tagger's training set: labelled sentences and the word classes their features see
   * ({@link #withClusters} adds them; none at first).
   */
  public record NameData(List<TaggedSentence> sentences, WordClusters clusters) {
    public NameData {
      sentences = List.copyOf(sentences);
    }

    /** How many sentences. */
    public int size() {
      return sentences.size();
    }

    /** The words of each sentence, in order. */
    public List<List<String>> words() {
      return sentences.stream().map(TaggedSentence::words).toList();
    }

    /** The BIO labels of each sentence ({@code B-PERS}, {@code O} …), in order. */
    public List<List<String>> labels() {
      return sentences.stream().map(TaggedSentence::labels).toList();
    }

    /** Sentences {@code [from, to)} with the same word classes (a held-out fold). */
    public NameData part(int from, int to) {
      return new NameData(sentences.subList(from, to), clusters);
    }

    /** The other sentences, in order, with the same word classes (a fold's training set). */
    public NameData without(int from, int to) {
      List<TaggedSentence> rest = new ArrayList<>(sentences.subList(0, from));
      rest.addAll(sentences.subList(to, sentences.size()));
      return new NameData(rest, clusters);
    }

    /**
     * This set with the word classes of a table written by {@link #trainClusters}.
     *
     * @throws IllegalArgumentException when {@code table} is not a file, naming it
     */
    public NameData withClusters(String table) throws IOException {
      Path file = Path.of(table);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("cluster table not found: " + table);
      }
      try (BufferedReader in = Files.newBufferedReader(file)) {
        return new NameData(sentences, WordClusters.read(in));
      }
    }
  }

  /** A trained name-tagger model, averaged over its bag. */
  public record NameModel(PerceptronModel model) {
    /** Writes the model, leaving out weights smaller than {@code minWeight}. */
    public void writeTo(OutputStream out, float minWeight) throws IOException {
      model.write(out, minWeight);
    }

    /** The name tagger running this model. */
    public NameTagging tagger() {
      return new NameTagging(new PerceptronTagger(model));
    }
  }

  /** A trained word-class table. */
  public record WordClasses(WordClusters table) {
    /** How many words have classes. */
    public int words() {
      return table.words();
    }

    /** Writes the table as {@link NameData#withClusters} reads it. */
    public void writeTo(Writer out) throws IOException {
      table.write(out);
    }
  }

  /** How word classes are learnt (see {@code isnad train clusters --help}). */
  public record ClusterSettings(int[] classes, int minCount, int maxVocabulary,
      int contextWords, int iterations, long seed) {}

  /**
   * The labelled sentences of a CoNLL file ({@code word TAG} a line), without word classes.
   *
   * @throws IllegalArgumentException when {@code file} is not a file
   */
  public static NameData nameData(Path file) throws IOException {
    return new NameData(ConllFile.read(file), WordClusters.EMPTY);
  }

  /**
   * Trains {@code bag} perceptrons with seeds {@code seed}, {@code seed + 1}, ... and averages
   * them; {@code log} gets the trainer's progress lines.
   *
   * @param document let each sentence's features see the sentences around it
   */
  public static NameModel trainNameTagger(NameData data, boolean document, int epochs,
      long seed, int bag, Consumer<String> log) {
    List<PerceptronModel> models = new ArrayList<>();
    for (int b = 0; b < bag; b++) {
      models.add(new PerceptronTrainer(document).train(data.sentences(), data.clusters(),
          epochs, seed + b, log));
    }
    return new NameModel(PerceptronModel.average(models));
  }

  /**
   * Word classes learnt from the sentences of {@code corpus} (see {@link ClusterCorpus} for the
   * formats read); {@code log} gets a line per step.
   *
   * @throws java.io.UncheckedIOException when a file cannot be read
   */
  public static WordClasses trainClusters(List<Path> corpus, ClusterSettings settings,
      Consumer<String> log) {
    ClusterTrainer trainer = new ClusterTrainer(settings.minCount(), settings.maxVocabulary(),
        settings.contextWords(), settings.iterations(), settings.seed());
    return new WordClasses(trainer.train(new ClusterCorpus(corpus)::sentences,
        settings.classes(), log));
  }

  /**
   * A name: words {@code [start, end)} of its sentence, of an ANERcorp type ({@code PERS},
   * {@code LOC}, {@code ORG}, {@code MISC}).
   */
  public record Name(int start, int end, String type) {
    /** @throws IllegalArgumentException when {@code type} is not one of the four, naming it */
    public Name {
      NameTagger.Type.of(type);
    }

    private static List<Name> of(List<NameTagger.Name> names) {
      List<Name> all = new ArrayList<>(names.size());
      names.forEach(n -> all.add(new Name(n.start(), n.end(), n.type().name())));
      return all;
    }
  }

  /** The name tagger over the words of sentences (evaluation). Thread safe. */
  public static final class NameTagging {
    private final PerceptronTagger tagger;

    private NameTagging(PerceptronTagger tagger) {
      this.tagger = tagger;
    }

    /** The names of one sentence tagged alone. */
    public List<Name> tag(List<String> words) {
      return Name.of(tagger.tag(words));
    }

    /** The names of each sentence of one running text, each seeing the sentences around it. */
    public List<List<Name>> tagAll(List<List<String>> sentences) {
      return tagger.tagAll(sentences).stream().map(Name::of).toList();
    }
  }

  /**
   * The name tagger of a model file, or of the shipped model when {@code model} is null, with
   * {@code bias} added to the scores of a type's labels (empty: none).
   *
   * @throws IllegalArgumentException when the model file does not exist, naming it
   */
  public static NameTagging nameTagger(Path model, Map<String, Float> bias) throws IOException {
    if (model == null) {
      return new NameTagging(bias.isEmpty() ? PerceptronTagger.bundled()
          : new PerceptronTagger(PerceptronTagger.bundled().model(), bias));
    }
    if (!Files.isRegularFile(model)) {
      throw new IllegalArgumentException("model file not found: " + model);
    }
    try (InputStream in = Files.newInputStream(model)) {
      return new NameTagging(new PerceptronTagger(PerceptronModel.read(in), bias));
    }
  }

  /**
   * Trains as {@link #trainNameTagger} does, silently, and hands {@code afterEpoch} the bag's
   * averaged model after each epoch, epochs in order (cross-validation).
   */
  public static void trainNameTaggerByEpoch(NameData data, boolean document, int epochs,
      long seed, int bag, BiConsumer<Integer, NameModel> afterEpoch) {
    Map<Integer, List<PerceptronModel>> models = new TreeMap<>();
    for (int b = 0; b < bag; b++) {
      new PerceptronTrainer(document).train(data.sentences(), data.clusters(), epochs, seed + b,
          line -> { }, (epoch, model) -> models.computeIfAbsent(epoch, e -> new ArrayList<>())
              .add(model));
    }
    models.forEach((epoch, bagged) -> afterEpoch.accept(epoch,
        new NameModel(PerceptronModel.average(bagged))));
  }
}
