package org.isnad.annotate.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Weights of a multiclass perceptron: one row of {@link NerLabels#ALL} weights per feature
 * name. Scoring is read-only and thread safe; a model is built by {@link PerceptronTrainer} and
 * stored as a gzip-compressed binary file (magic, feature count, then each feature with its
 * non-zero weights, then the name lexicon and the vocabulary).
 */
public final class PerceptronModel {
  private static final int MAGIC = 0x15AD0E03;
  static final int LABELS = NerLabels.ALL.size();
  private final Map<String, Integer> index;
  private final float[] weights;
  private final NameLexicon lexicon;

  PerceptronModel(Map<String, Integer> index, float[] weights, NameLexicon lexicon) {
    if (weights.length != index.size() * LABELS) {
      throw new IllegalArgumentException("weights do not fit " + index.size() + " features");
    }
    this.index = Map.copyOf(index);
    this.weights = weights;
    this.lexicon = lexicon;
  }

  NameLexicon lexicon() {
    return lexicon;
  }

  int features() {
    return index.size();
  }

  /** Adds the weights of {@code features} to {@code scores} (one slot per label). */
  void score(List<String> features, float[] scores) {
    for (String f : features) {
      add(f, scores);
    }
  }

  void add(String feature, float[] scores) {
    Integer row = index.get(feature);
    if (row != null) {
      int base = row * LABELS;
      for (int l = 0; l < LABELS; l++) {
        scores[l] += weights[base + l];
      }
    }
  }

  /** Writes the model; weights whose magnitude is below {@code minWeight} are left out. */
  public void write(OutputStream out, float minWeight) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(gzip);
    Map<String, Integer> kept = new HashMap<>();
    index.forEach((f, row) -> {
      for (int l = 0; l < LABELS; l++) {
        if (Math.abs(weights[row * LABELS + l]) >= minWeight) {
          kept.put(f, row);
          return;
        }
      }
    });
    data.writeInt(MAGIC);
    data.writeInt(kept.size());
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(kept).entrySet()) {
      data.writeUTF(e.getKey());
      int base = e.getValue() * LABELS;
      int mask = 0;
      for (int l = 0; l < LABELS; l++) {
        if (Math.abs(weights[base + l]) >= minWeight) {
          mask |= 1 << l;
        }
      }
      data.writeShort(mask);
      for (int l = 0; l < LABELS; l++) {
        if ((mask & (1 << l)) != 0) {
          data.writeFloat(weights[base + l]);
        }
      }
    }
    Map<String, String> names = new java.util.TreeMap<>(lexicon.entries());
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
    data.flush();
    gzip.finish();
  }

  /** Reads a model written by {@link #write}. */
  public static PerceptronModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in));
    if (data.readInt() != MAGIC) {
      throw new IOException("not an isnad NER model");
    }
    int n = data.readInt();
    Map<String, Integer> index = new HashMap<>(n * 2);
    float[] weights = new float[n * LABELS];
    for (int row = 0; row < n; row++) {
      index.put(data.readUTF(), row);
      int mask = data.readShort() & 0xFFFF;
      for (int l = 0; l < LABELS; l++) {
        if ((mask & (1 << l)) != 0) {
          weights[row * LABELS + l] = data.readFloat();
        }
      }
    }
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
    return new PerceptronModel(index, weights, new NameLexicon(types, vocabulary));
  }
}
