package org.isnad.annotate.ner;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Weights of a first-order structured perceptron: word features carry one weight per label of
 * {@link NerLabels#ALL}; pair features carry one weight per (previous label or sentence start,
 * label). Scoring is read-only and thread safe; a model is built by {@link PerceptronTrainer}
 * and stored as a gzip-compressed binary file (magic, both tables with their non-zero weights,
 * the name lexicon, the vocabulary and the word-cluster table).
 */
public final class PerceptronModel {
  private static final int MAGIC = 0x15AD0E04;
  static final int LABELS = NerLabels.ALL.size();
  /** Width of a pair-feature row: previous label (or start) × label. */
  static final int PAIRS = (LABELS + 1) * LABELS;
  private final Map<String, Integer> index;
  private final float[] weights;
  private final Map<String, Integer> pairIndex;
  private final float[] pairWeights;
  private final NameLexicon lexicon;
  private final WordClusters clusters;

  PerceptronModel(Map<String, Integer> index, float[] weights, Map<String, Integer> pairIndex,
      float[] pairWeights, NameLexicon lexicon, WordClusters clusters) {
    if (weights.length != index.size() * LABELS || pairWeights.length
        != pairIndex.size() * PAIRS) {
      throw new IllegalArgumentException("weights do not fit " + index.size() + "/"
          + pairIndex.size() + " features");
    }
    this.index = new HashMap<>(index);  // faster lookups than Map.copyOf for 80k keys
    this.weights = weights;
    this.pairIndex = new HashMap<>(pairIndex);
    this.pairWeights = pairWeights;
    this.lexicon = lexicon;
    this.clusters = clusters;
  }

  NameLexicon lexicon() {
    return lexicon;
  }

  WordClusters clusters() {
    return clusters;
  }

  int features() {
    return index.size() + pairIndex.size();
  }

  /** The feature → row table of word features (read-only). */
  Map<String, Integer> index() {
    return index;
  }

  /** The feature → row table of pair features (read-only). */
  Map<String, Integer> pairIndex() {
    return pairIndex;
  }

  /**
   * The word features whose names start with one of {@code prefixes} (word pairs), keyed by
   * their two tokens' ids from {@code tokenIds}, with their weights side by side.
   */
  WordPairRows pairFeatures(String[] prefixes, Map<String, Integer> tokenIds) {
    return new WordPairRows(prefixes, index, tokenIds, weights, LABELS);
  }

  /** The row of word feature {@code f}, or -1 when the model has no weights for it. */
  int row(String f) {
    Integer row = index.get(f);
    return row == null ? -1 : row;
  }

  /** The row of pair feature {@code f}, or -1 when the model has no weights for it. */
  int pairRow(String f) {
    Integer row = pairIndex.get(f);
    return row == null ? -1 : row;
  }

  /**
   * Adds the weights of word-feature row {@code row} to {@code scores[at …]}, as
   * {@link #score}.
   */
  void addRow(int row, float[] scores, int at) {
    int base = row * LABELS;
    for (int l = 0; l < LABELS; l++) {
      scores[at + l] += weights[base + l];
    }
  }

  /**
   * Adds the weights of pair-feature row {@code row} to {@code scores[at + previous * LABELS +
   * label]}, as {@link #scorePairs}.
   */
  void addPairRow(int row, float[] scores, int at) {
    int base = row * PAIRS;
    for (int k = 0; k < PAIRS; k++) {
      scores[at + k] += pairWeights[base + k];
    }
  }

  /** Adds the weights of word features to {@code scores} (one slot per label). */
  void score(List<String> features, float[] scores) {
    for (String f : features) {
      Integer row = index.get(f);
      if (row != null) {
        int base = row * LABELS;
        for (int l = 0; l < LABELS; l++) {
          scores[l] += weights[base + l];
        }
      }
    }
  }

  /** Adds the weights of pair features to {@code scores[previous][label]}. */
  void scorePairs(List<String> features, float[][] scores) {
    for (String f : features) {
      Integer row = pairIndex.get(f);
      if (row != null) {
        int base = row * PAIRS;
        for (int p = 0; p <= LABELS; p++) {
          for (int l = 0; l < LABELS; l++) {
            scores[p][l] += pairWeights[base + p * LABELS + l];
          }
        }
      }
    }
  }

  /**
   * The model whose weights are the mean of {@code models}' (trained on the same data in other
   * orders: a bag of perceptrons), with the first one's lexicon and word classes. A feature one
   * model lacks counts as weight 0 there.
   */
  public static PerceptronModel average(List<PerceptronModel> models) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("no models to average");
    }
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> pairIndex = new HashMap<>();
    for (PerceptronModel m : models) {
      m.index.keySet().forEach(f -> index.putIfAbsent(f, index.size()));
      m.pairIndex.keySet().forEach(f -> pairIndex.putIfAbsent(f, pairIndex.size()));
    }
    float[] weights = new float[index.size() * LABELS];
    float[] pairWeights = new float[pairIndex.size() * PAIRS];
    float share = 1f / models.size();
    for (PerceptronModel m : models) {
      addTo(m.index, m.weights, index, weights, LABELS, share);
      addTo(m.pairIndex, m.pairWeights, pairIndex, pairWeights, PAIRS, share);
    }
    PerceptronModel first = models.get(0);
    return new PerceptronModel(index, weights, pairIndex, pairWeights, first.lexicon,
        first.clusters);
  }

  private static void addTo(Map<String, Integer> fromIndex, float[] from,
      Map<String, Integer> toIndex, float[] to, int width, float share) {
    fromIndex.forEach((f, row) -> {
      int target = toIndex.get(f) * width;
      for (int l = 0; l < width; l++) {
        to[target + l] += share * from[row * width + l];
      }
    });
  }

  /** Writes the model; weights whose magnitude is below {@code minWeight} are left out. */
  public void write(OutputStream out, float minWeight) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(gzip);
    data.writeInt(MAGIC);
    writeTable(data, index, weights, LABELS, minWeight);
    writeTable(data, pairIndex, pairWeights, PAIRS, minWeight);
    Map<String, String> names = new TreeMap<>(lexicon.entries());
    data.writeInt(names.size());
    for (Map.Entry<String, String> e : names.entrySet()) {
      data.writeUTF(e.getKey());
      data.writeUTF(e.getValue());
    }
    java.util.Set<String> vocabulary = new java.util.TreeSet<>(lexicon.vocabulary());
    data.writeInt(vocabulary.size());
    for (String word : vocabulary) {
      data.writeUTF(word);
    }
    StringWriter table = new StringWriter();
    clusters.write(table);
    byte[] bytes = table.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    data.writeInt(bytes.length);
    data.write(bytes);
    data.flush();
    gzip.finish();
  }

  private static void writeTable(DataOutputStream data, Map<String, Integer> index,
      float[] weights, int width, float minWeight) throws IOException {
    Map<String, Integer> kept = new TreeMap<>();
    index.forEach((f, row) -> {
      for (int l = 0; l < width; l++) {
        if (Math.abs(weights[row * width + l]) >= minWeight) {
          kept.put(f, row);
          return;
        }
      }
    });
    data.writeInt(kept.size());
    for (Map.Entry<String, Integer> e : kept.entrySet()) {
      data.writeUTF(e.getKey());
      int base = e.getValue() * width;
      for (int start = 0; start < width; start += 16) {
        int mask = 0;
        for (int l = start; l < Math.min(width, start + 16); l++) {
          if (Math.abs(weights[base + l]) >= minWeight) {
            mask |= 1 << (l - start);
          }
        }
        data.writeShort(mask);
        for (int l = start; l < Math.min(width, start + 16); l++) {
          if ((mask & (1 << (l - start))) != 0) {
            data.writeFloat(weights[base + l]);
          }
        }
      }
    }
  }

  private static float[] readTable(DataInputStream data, Map<String, Integer> index, int width)
      throws IOException {
    int n = data.readInt();
    float[] weights = new float[n * width];
    for (int row = 0; row < n; row++) {
      index.put(data.readUTF(), row);
      for (int start = 0; start < width; start += 16) {
        int mask = data.readShort() & 0xFFFF;
        for (int l = start; l < Math.min(width, start + 16); l++) {
          if ((mask & (1 << (l - start))) != 0) {
            weights[row * width + l] = data.readFloat();
          }
        }
      }
    }
    return weights;
  }

  /** Reads a model written by {@link #write}. */
  public static PerceptronModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in));
    if (data.readInt() != MAGIC) {
      throw new IOException("not an isnad NER model (or one from an older version)");
    }
    Map<String, Integer> index = new HashMap<>();
    float[] weights = readTable(data, index, LABELS);
    Map<String, Integer> pairIndex = new HashMap<>();
    float[] pairWeights = readTable(data, pairIndex, PAIRS);
    int names = data.readInt();
    Map<String, String> types = new HashMap<>(names * 2);
    for (int i = 0; i < names; i++) {
      types.put(data.readUTF(), data.readUTF());
    }
    int words = data.readInt();
    java.util.Set<String> vocabulary = new java.util.HashSet<>(words * 2);
    for (int i = 0; i < words; i++) {
      vocabulary.add(data.readUTF());
    }
    byte[] bytes = new byte[data.readInt()];
    data.readFully(bytes);
    WordClusters clusters = WordClusters.read(new BufferedReader(new StringReader(
        new String(bytes, java.nio.charset.StandardCharsets.UTF_8))));
    return new PerceptronModel(index, weights, pairIndex, pairWeights,
        new NameLexicon(types, vocabulary), clusters);
  }
}
