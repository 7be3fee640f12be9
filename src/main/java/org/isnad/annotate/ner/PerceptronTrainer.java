package org.isnad.annotate.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the tagger's structured perceptron (Collins 2002): for each sentence in a shuffled
 * order (fixed seed), decode the whole sentence with Viterbi under the current weights and,
 * where the best sequence differs from the gold one, move the weights of the gold sequence's
 * word and label-pair features up and those of the decoded sequence down. The returned weights
 * are averaged over all sentences seen (lazy averaging). Deterministic for a given seed.
 */
public final class PerceptronTrainer {
  private static final int L = PerceptronModel.LABELS;
  private static final int FOLDS = 10;
  private final Table single = new Table(L);
  private final boolean context;
  private final Table pairs = new Table(PerceptronModel.PAIRS);
  private int step;

  /** A trainer whose sentences see no other sentence. */
  public PerceptronTrainer() {
    this(false);
  }

  /**
   * A trainer; with {@code context}, each sentence's features see the sentences around it (the
   * training file is read as running text, articles one after another), as
   * {@link PerceptronTagger#tagAll} does.
   */
  public PerceptronTrainer(boolean context) {
    this.context = context;
  }

  /** Trains without word clusters. */
  public PerceptronModel train(List<TaggedSentence> sentences, int epochs, long seed,
      java.util.function.Consumer<String> progress) {
    return train(sentences, WordClusters.EMPTY, epochs, seed, progress);
  }

  /** Trains for {@code epochs} passes; {@code progress} gets one line per epoch. */
  public PerceptronModel train(List<TaggedSentence> sentences, WordClusters clusters,
      int epochs, long seed, java.util.function.Consumer<String> progress) {
    return train(sentences, clusters, epochs, seed, progress, (epoch, model) -> { });
  }

  /**
   * Trains for {@code epochs} passes; {@code progress} gets one line per epoch and
   * {@code afterEpoch} the averaged model after each epoch (to score it on held-out data).
   */
  public PerceptronModel train(List<TaggedSentence> sentences, WordClusters clusters,
      int epochs, long seed, java.util.function.Consumer<String> progress,
      java.util.function.BiConsumer<Integer, PerceptronModel> afterEpoch) {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1: " + epochs);
    }
    List<Prepared> prepared = new ArrayList<>(sentences.size());
    List<List<String>> texts = sentences.stream().map(TaggedSentence::words).toList();
    int n = sentences.size();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<TaggedSentence> others = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (jackknifeFold(i, n) != fold) {
          others.add(sentences.get(i));
        }
      }
      NerFeatures features = new NerFeatures(NerGazetteer.bundled(), NameLexicon.of(others),
          clusters);
      for (int i = 0; i < n; i++) {
        if (jackknifeFold(i, n) != fold) {
          continue;
        }
        TaggedSentence s = sentences.get(i);
        prepared.add(new Prepared(features.of(s.words(), context
            ? PerceptronTagger.around(texts, i) : List.of()),
            s.labels().stream().mapToInt(NerLabels::index).toArray()));
      }
    }
    NameLexicon lexicon = NameLexicon.of(sentences);
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(prepared, random);
      int wrong = 0;
      int words = 0;
      for (Prepared p : prepared) {
        step++;
        wrong += learn(p);
        words += p.gold().length;
      }
      progress.accept(String.format("epoch %d: %d of %d words wrong (%.2f%%), %d features",
          epoch, wrong, words, 100.0 * wrong / words, single.index.size()
              + pairs.index.size()));
      if (epoch < epochs) {
        afterEpoch.accept(epoch, model(lexicon, clusters));
      }
    }
    PerceptronModel last = model(lexicon, clusters);
    afterEpoch.accept(epochs, last);
    return last;
  }

  private PerceptronModel model(NameLexicon lexicon, WordClusters clusters) {
    return new PerceptronModel(single.index, single.averaged(step), pairs.index,
        pairs.averaged(step), lexicon, clusters);
  }

  /**
   * The jackknife fold of sentence {@code i} of {@code n}: contiguous blocks, so that the
   * sentences around a sentence (its article) fall mostly in its own fold and its features see
   * their names as unknown, as names of a new article are at tagging time.
   */
  static int jackknifeFold(int i, int n) {
    return (int) ((long) i * FOLDS / n);
  }

  private record Prepared(List<NerFeatures.Word> words, int[] gold) {}

  private int learn(Prepared p) {
    int n = p.gold().length;
    float[][] emission = new float[n][L];
    float[][][] transition = new float[n][L + 1][L];
    for (int i = 0; i < n; i++) {
      single.score(p.words().get(i).single(), emission[i], 0, L);
      float[] flat = new float[PerceptronModel.PAIRS];
      pairs.score(p.words().get(i).pairs(), flat, 0, flat.length);
      for (int prev = 0; prev <= L; prev++) {
        System.arraycopy(flat, prev * L, transition[i][prev], 0, L);
      }
    }
    int[] guess = ViterbiDecoder.decode(emission, transition);
    int[] gold = p.gold();
    int wrong = 0;
    for (int i = 0; i < n; i++) {
      int goldPrev = i == 0 ? ViterbiDecoder.START : gold[i - 1];
      int guessPrev = i == 0 ? ViterbiDecoder.START : guess[i - 1];
      if (guess[i] != gold[i]) {
        wrong++;
        for (String f : p.words().get(i).single()) {
          single.update(f, gold[i], 1f, step);
          single.update(f, guess[i], -1f, step);
        }
      }
      if (guess[i] != gold[i] || goldPrev != guessPrev) {
        for (String f : p.words().get(i).pairs()) {
          pairs.update(f, goldPrev * L + gold[i], 1f, step);
          pairs.update(f, guessPrev * L + guess[i], -1f, step);
        }
      }
    }
    return wrong;
  }

  /** A growable weight table with lazy averaging; rows of {@code width} weights. */
  private static final class Table {
    final Map<String, Integer> index = new HashMap<>();
    final int width;
    float[] weights = new float[1 << 16];
    double[] totals = new double[1 << 16];
    int[] stamps = new int[1 << 16];

    Table(int width) {
      this.width = width;
    }

    void score(List<String> features, float[] scores, int offset, int count) {
      for (String f : features) {
        Integer row = index.get(f);
        if (row != null) {
          int base = row * width + offset;
          for (int l = 0; l < count; l++) {
            scores[l] += weights[base + l];
          }
        }
      }
    }

    void update(String feature, int column, float delta, int step) {
      int row = index.computeIfAbsent(feature, f -> index.size());
      int at = row * width + column;
      if ((row + 1) * width > weights.length) {
        grow((row + 1) * width - 1);  // the whole row: score() reads all of it
      }
      totals[at] += (double) (step - stamps[at]) * weights[at];
      stamps[at] = step;
      weights[at] += delta;
    }

    private void grow(int at) {
      int size = weights.length;
      while (size <= at) {
        size *= 2;
      }
      weights = Arrays.copyOf(weights, size);
      totals = Arrays.copyOf(totals, size);
      stamps = Arrays.copyOf(stamps, size);
    }

    float[] averaged(int step) {
      float[] averaged = new float[index.size() * width];
      for (int at = 0; at < averaged.length && at < weights.length; at++) {
        double total = totals[at] + (double) (step - stamps[at]) * weights[at];
        averaged[at] = (float) (total / Math.max(1, step));
      }
      return averaged;
    }
  }
}
