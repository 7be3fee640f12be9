package org.isnad.annotate.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the tagger's averaged perceptron: for each sentence in a shuffled order (fixed seed),
 * decode left to right with the current weights and, where a word's label is wrong, move the
 * weights of its features towards the right label and away from the chosen one. The returned
 * weights are averaged over all steps (lazy averaging). Deterministic for a given seed.
 */
public final class PerceptronTrainer {
  private static final int L = PerceptronModel.LABELS;
  private static final int FOLDS = 5;
  private final Map<String, Integer> index = new HashMap<>();
  private float[] weights = new float[1 << 16];
  private double[] totals = new double[1 << 16];
  private int[] stamps = new int[1 << 16];
  private int step;

  /** Trains for {@code epochs} passes; {@code progress} gets one line per epoch. */
  public PerceptronModel train(List<TaggedSentence> sentences, int epochs, long seed,
      java.util.function.Consumer<String> progress) {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1: " + epochs);
    }
    List<Prepared> prepared = new ArrayList<>(sentences.size());
    for (int fold = 0; fold < FOLDS; fold++) {
      List<TaggedSentence> others = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        if (i % FOLDS != fold) {
          others.add(sentences.get(i));
        }
      }
      NerFeatures features = new NerFeatures(NerGazetteer.bundled(), NameLexicon.of(others));
      for (int i = fold; i < sentences.size(); i += FOLDS) {
        TaggedSentence s = sentences.get(i);
        prepared.add(new Prepared(features.of(s.words()),
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
        wrong += learn(p);
        words += p.gold().length;
      }
      progress.accept(String.format("epoch %d: %d of %d words wrong (%.2f%%), %d features",
          epoch, wrong, words, 100.0 * wrong / words, index.size()));
    }
    return averaged(lexicon);
  }

  private record Prepared(List<List<String>> fixed, int[] gold) {}

  private int learn(Prepared p) {
    int[] labels = new int[p.gold().length];
    float[] scores = new float[L];
    int wrong = 0;
    for (int i = 0; i < labels.length; i++) {
      step++;
      List<String> fixed = p.fixed().get(i);
      List<String> history = PerceptronTagger.history(labels, i, fixed);
      java.util.Arrays.fill(scores, 0f);
      fixed.forEach(f -> add(f, scores));
      history.forEach(f -> add(f, scores));
      int guess = PerceptronTagger.best(scores, i == 0 ? NerLabels.O : labels[i - 1]);
      int gold = p.gold()[i];
      if (guess != gold) {
        wrong++;
        for (List<String> group : List.of(fixed, history)) {
          for (String f : group) {
            update(f, gold, 1f);
            update(f, guess, -1f);
          }
        }
      }
      labels[i] = guess;
    }
    return wrong;
  }

  private void add(String feature, float[] scores) {
    Integer row = index.get(feature);
    if (row != null) {
      for (int l = 0; l < L; l++) {
        scores[l] += weights[row * L + l];
      }
    }
  }

  private void update(String feature, int label, float delta) {
    int row = index.computeIfAbsent(feature, f -> index.size());
    int at = row * L + label;
    if (at >= weights.length) {
      grow(at);
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
    weights = java.util.Arrays.copyOf(weights, size);
    totals = java.util.Arrays.copyOf(totals, size);
    stamps = java.util.Arrays.copyOf(stamps, size);
  }

  private PerceptronModel averaged(NameLexicon lexicon) {
    float[] averaged = new float[index.size() * L];
    for (int at = 0; at < averaged.length && at < weights.length; at++) {
      double total = totals[at] + (double) (step - stamps[at]) * weights[at];
      averaged[at] = (float) (total / Math.max(1, step));
    }
    return new PerceptronModel(index, averaged, lexicon);
  }
}
