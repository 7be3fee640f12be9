package org.isnad.annotate.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.isnad.annotate.entity.NameTagger;

/**
 * Names of people, places, organisations and other things (ANERcorp's PERS, LOC, ORG, MISC) in
 * a sentence, with a first-order structured perceptron (averaged): the sentence takes the label
 * sequence of highest score, found by Viterbi, among sequences where I-X follows B-X or I-X.
 * Thread safe.
 */
public final class PerceptronTagger implements NameTagger {
  static final String MODEL = "anercorp.model.gz";
  /** Sentences on each side that {@link #tagAll} lets a sentence see. */
  static final int WINDOW = 5;
  /**
   * Words of a cache generation: at most twice as many are kept, about 1.4 KB each (measured
   * on SaudiNewsNet), so the cache stays under about 170 MB.
   */
  private static final int CACHE = 60_000;
  private static final int L = PerceptronModel.LABELS;
  private final PerceptronModel model;
  private final NerFeatures features;
  private final WordPairRows wordPairs;
  /** The rows of span features (gazetteer and lexicon spans, document person cues). */
  private final SpanRows spanRows;
  /** Sums a new word's own and neighbour feature weights (on a cache miss). */
  private final WordScorer scorer;
  private final WordCache<Cached> cache = new WordCache<>(CACHE);
  /** Added to each word's score of each label: a per-type bias (B- and I- alike). */
  private final float[] labelBias = new float[L];

  /** What the sentence's start or end gives a word at each of {@link NerFeatures#OFFSETS}. */
  private final WordScorer.Sums[] boundary;

  /**
   * A word's lexeme, the scores of its own features, and the scores of the features it gives
   * its neighbour at each of {@link NerFeatures#OFFSETS}.
   */
  private record Cached(NerFeatures.Lexeme lexeme, WordScorer.Sums own,
      WordScorer.Sums[] neighbour) {}

  public PerceptronTagger(PerceptronModel model) {
    this(model, Map.of());
  }

  /**
   * A tagger whose scores for the labels of each type get {@code typeBias} (e.g. PERS → 0.5:
   * more people found, with less precision).
   */
  public PerceptronTagger(PerceptronModel model, Map<String, Float> typeBias) {
    Objects.requireNonNull(model, "model");
    this.model = model;
    this.features = new NerFeatures(NerGazetteer.bundled(), model.lexicon(), model.clusters());
    this.wordPairs = features.wordPairRows(model);
    this.spanRows = new SpanRows(model, features);
    this.scorer = new WordScorer(model, NerGazetteer.bundled());
    typeBias.forEach((type, bias) -> {
      boolean known = false;
      for (int l = 1; l < L; l++) {
        if (NerLabels.type(l).equals(type)) {
          labelBias[l] = bias;
          known = true;
        }
      }
      if (!known) {
        throw new IllegalArgumentException("unknown name type: " + type);
      }
    });
    this.boundary = new WordScorer.Sums[NerFeatures.OFFSETS.length];
    for (int o = 0; o < boundary.length; o++) {
      boundary[o] = scorer.scores(features.boundary(NerFeatures.OFFSETS[o]), false);
    }
  }

  private static final class Holder {
    static final PerceptronTagger BUNDLED = load();

    private static PerceptronTagger load() {
      try (InputStream in = PerceptronTagger.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + MODEL
              + ": run 'isnad train ner'");
        }
        return new PerceptronTagger(PerceptronModel.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + MODEL, e);
      }
    }
  }

  /** The model the tagger scores with. */
  public PerceptronModel model() {
    return model;
  }

  /** The tagger with the model that ships with isnad (trained on ANERcorp's train split). */
  public static PerceptronTagger bundled() {
    return Holder.BUNDLED;
  }

  @Override
  public List<Name> tag(List<String> words) {
    return names(labels(words));
  }

  /** The names of each sentence of one document, each seeing the sentences around it. */
  @Override
  public List<List<Name>> tagAll(List<List<String>> sentences) {
    List<Cached[]> cached = new ArrayList<>(sentences.size());
    List<NerFeatures.Sentence> all = new ArrayList<>(sentences.size());
    List<String[]> cues = new ArrayList<>(sentences.size());
    for (List<String> words : sentences) {
      Cached[] c = cached(words);
      NerFeatures.Sentence s = sentence(c);
      cached.add(c);
      all.add(s);
      cues.add(features.personCues(s));
    }
    List<List<Name>> names = new ArrayList<>(sentences.size());
    for (int i = 0; i < all.size(); i++) {
      boolean[] person = NerFeatures.namedElsewhere(all.get(i), cues.get(i), around(cues, i));
      names.add(names(decode(cached.get(i), all.get(i), person)));
    }
    return names;
  }

  /** The label index of each word: the best valid sequence (Viterbi), from cached scores. */
  int[] labels(List<String> words) {
    Cached[] c = cached(words);
    NerFeatures.Sentence s = sentence(c);
    return decode(c, s, NerFeatures.namedElsewhere(s, features.personCues(s), List.of()));
  }

  /** The same labels, every feature built and scored afresh (the reference for the cache). */
  int[] labelsUncached(List<String> words) {
    return ViterbiDecoder.decode(features.of(words), model);
  }

  private int[] decode(Cached[] c, NerFeatures.Sentence s, boolean[] person) {
    int n = c.length;
    float[] emission = new float[n * L];
    float[] transition = new float[n * PerceptronModel.PAIRS];
    int bigrams = features.bigrams();
    int[] pairRows = bigramRows(s, bigrams);
    for (int i = 0; i < n; i++) {
      int e = i * L;
      int t = i * PerceptronModel.PAIRS;
      System.arraycopy(labelBias, 0, emission, e, L);
      add(c[i].own(), emission, e, transition, t);
      for (int o = 0; o < NerFeatures.OFFSETS.length; o++) {
        int j = i + NerFeatures.OFFSETS[o];
        add(j >= 0 && j < n ? c[j].neighbour()[o] : boundary[o], emission, e, transition, t);
      }
      for (int b = 0; b < bigrams; b++) {
        int row = pairRows[b * n + i];
        if (row >= 0) {
          wordPairs.addRow(row, emission, e);
        }
      }
      spanRows.add(s, i, person[i], emission, e, transition, t);
    }
    return ViterbiDecoder.decode(n, emission, transition);
  }

  /**
   * The rows ({@link WordPairRows}) of the word-pair features of a sentence, feature
   * {@code t} of word {@code i} at {@code t * n + i} (-1 for none): one feature's table at a
   * time.
   */
  private int[] bigramRows(NerFeatures.Sentence s, int bigrams) {
    int n = s.size();
    int[] rows = new int[bigrams * n];
    for (int t = 0; t < bigrams; t++) {
      for (int i = 0; i < n; i++) {
        rows[t * n + i] = bigramRow(s, i, t);
      }
    }
    return rows;
  }

  /** The row ({@link WordPairRows}) of word-pair feature {@code t} of word {@code i}, or -1. */
  private int bigramRow(NerFeatures.Sentence s, int i, int t) {
    int left = features.bigramLeftId(s, i, t);
    int right = features.bigramRightId(s, i, t);
    return left >= 0 && right >= 0 ? wordPairs.row(t, left, right)
        : wordPairs.row(features.bigram(s, i, t));
  }

  private static void add(WordScorer.Sums scores, float[] emission, int e, float[] transition,
      int t) {
    float[] single = scores.single();
    for (int l = 0; l < L; l++) {
      emission[e + l] += single[l];
    }
    float[] pairs = scores.pairs();
    if (pairs != null) {
      for (int k = 0; k < pairs.length; k++) {
        transition[t + k] += pairs[k];
      }
    }
  }

  private Cached[] cached(List<String> words) {
    Cached[] c = new Cached[words.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = cached(words.get(i));
    }
    return c;
  }

  private Cached cached(String word) {
    Cached c = cache.get(word);
    if (c == null) {
      NerFeatures.Lexeme lexeme = features.lexeme(word);
      WordScorer.Sums[] neighbour = new WordScorer.Sums[NerFeatures.OFFSETS.length];
      for (int o = 0; o < neighbour.length; o++) {
        neighbour[o] = scorer.neighbour(lexeme, o);
      }
      c = new Cached(lexeme, scorer.own(lexeme), neighbour);
      cache.put(word, c);
    }
    return c;
  }

  private NerFeatures.Sentence sentence(Cached[] c) {
    NerFeatures.Lexeme[] lexemes = new NerFeatures.Lexeme[c.length];
    for (int i = 0; i < c.length; i++) {
      lexemes[i] = c[i].lexeme();
    }
    return features.sentence(lexemes);
  }

  /** Items {@code i-WINDOW … i+WINDOW} without item {@code i}. */
  static <T> List<T> around(List<T> items, int i) {
    List<T> context = new ArrayList<>();
    for (int k = Math.max(0, i - WINDOW); k <= Math.min(items.size() - 1, i + WINDOW); k++) {
      if (k != i) {
        context.add(items.get(k));
      }
    }
    return context;
  }

  /** Spans of B-X I-X… runs; labels are valid BIO by construction. */
  static List<Name> names(int[] labels) {
    List<Name> names = new ArrayList<>();
    int i = 0;
    while (i < labels.length) {
      if (labels[i] == NerLabels.O) {
        i++;
        continue;
      }
      String type = NerLabels.type(labels[i]);
      int end = i + 1;
      while (end < labels.length && NerLabels.isInside(labels[end])
          && NerLabels.type(labels[end]).equals(type)) {
        end++;
      }
      names.add(new Name(i, end, type));
      i = end;
    }
    return names;
  }
}
