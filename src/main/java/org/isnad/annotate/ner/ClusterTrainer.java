package org.isnad.annotate.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Learns {@link WordClusters} from unlabelled sentences: each word seen at least
 * {@code minCount} times (the {@code maxVocabulary} most frequent) gets a context vector, the
 * square roots of how often each of the {@code contextWords} most frequent words stands just
 * before it and just after it, scaled to unit length; spherical k-means (cosine) then groups the
 * vectors into each of the requested class counts, starting from words drawn with a fixed seed.
 * Deterministic for a given corpus, settings and seed.
 */
public final class ClusterTrainer {
  private final int minCount;
  private final int maxVocabulary;
  private final int contextWords;
  private final int iterations;
  private final long seed;

  public ClusterTrainer(int minCount, int maxVocabulary, int contextWords, int iterations,
      long seed) {
    if (minCount < 1 || maxVocabulary < 1 || contextWords < 1 || iterations < 1) {
      throw new IllegalArgumentException("cluster settings must be positive: " + minCount + ", "
          + maxVocabulary + ", " + contextWords + ", " + iterations);
    }
    this.minCount = minCount;
    this.maxVocabulary = maxVocabulary;
    this.contextWords = contextWords;
    this.iterations = iterations;
    this.seed = seed;
  }

  /** A source of sentences (raw words) that can be read more than once. */
  public interface Corpus {
    void forEach(Consumer<List<String>> sentence);
  }

  /** Classes for each size in {@code sizes}; {@code progress} gets a line per step. */
  public WordClusters train(Corpus corpus, int[] sizes, Consumer<String> progress) {
    for (int k : sizes) {
      if (k < 2) {
        throw new IllegalArgumentException("class count must be at least 2: " + k);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    corpus.forEach(s -> s.forEach(w -> counts.merge(WordForms.normalized(w), 1, Integer::sum)));
    List<String> byCount = new ArrayList<>(counts.keySet());
    byCount.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b)
        : counts.get(b) - counts.get(a));
    List<String> vocabulary = new ArrayList<>();
    for (String w : byCount) {
      if (counts.get(w) >= minCount && vocabulary.size() < maxVocabulary && !w.isEmpty()) {
        vocabulary.add(w);
      }
    }
    Map<String, Integer> row = new HashMap<>();
    vocabulary.forEach(w -> row.put(w, row.size()));
    int contexts = Math.min(contextWords, vocabulary.size());
    progress.accept(String.format("%d word types, %d kept (count >= %d), %d context words",
        counts.size(), vocabulary.size(), minCount, contexts));
    float[][] vectors = vectors(corpus, row, contexts);
    Map<String, int[]> classes = new HashMap<>();
    vocabulary.forEach(w -> classes.put(w, new int[sizes.length]));
    for (int g = 0; g < sizes.length; g++) {
      int[] assignment = kMeans(vectors, 2 * contexts, Math.min(sizes[g], vocabulary.size()),
          progress);
      for (int r = 0; r < vocabulary.size(); r++) {
        classes.get(vocabulary.get(r))[g] = assignment[r];
      }
    }
    return new WordClusters(sizes, classes);
  }

  /** Sparse vectors as pairs (dimension, value) packed in one float array per word. */
  private static float[][] vectors(Corpus corpus, Map<String, Integer> row, int contexts) {
    List<Map<Integer, Integer>> cells = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      cells.add(new HashMap<>());
    }
    corpus.forEach(s -> {
      int[] ids = new int[s.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = row.getOrDefault(WordForms.normalized(s.get(i)), -1);
      }
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] < 0) {
          continue;
        }
        if (i > 0 && ids[i - 1] >= 0 && ids[i - 1] < contexts) {
          cells.get(ids[i]).merge(ids[i - 1], 1, Integer::sum);
        }
        if (i + 1 < ids.length && ids[i + 1] >= 0 && ids[i + 1] < contexts) {
          cells.get(ids[i]).merge(contexts + ids[i + 1], 1, Integer::sum);
        }
      }
    });
    float[][] vectors = new float[row.size()][];
    for (int r = 0; r < vectors.length; r++) {
      List<Integer> dims = new ArrayList<>(cells.get(r).keySet());
      Collections.sort(dims);
      float[] v = new float[2 * dims.size()];
      double norm = 0;
      for (int k = 0; k < dims.size(); k++) {
        double value = Math.sqrt(cells.get(r).get(dims.get(k)));
        v[2 * k] = dims.get(k);
        v[2 * k + 1] = (float) value;
        norm += value * value;
      }
      for (int k = 1; k < v.length; k += 2) {
        v[k] /= (float) Math.sqrt(norm);
      }
      vectors[r] = v;
      cells.set(r, null);
    }
    return vectors;
  }

  private int[] kMeans(float[][] vectors, int dims, int k, Consumer<String> progress) {
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < vectors.length; r++) {
      if (vectors[r].length > 0) {
        order.add(r);
      }
    }
    Collections.shuffle(order, new Random(seed + k));
    float[][] centroids = new float[k][dims];
    for (int c = 0; c < k && c < order.size(); c++) {
      float[] v = vectors[order.get(c)];
      for (int j = 0; j < v.length; j += 2) {
        centroids[c][(int) v[j]] = v[j + 1];
      }
    }
    int[] assignment = new int[vectors.length];
    for (int it = 1; it <= iterations; it++) {
      int moved = 0;
      for (int r = 0; r < vectors.length; r++) {
        int best = nearest(vectors[r], centroids);
        if (best != assignment[r] || it == 1) {
          moved++;
        }
        assignment[r] = best;
      }
      recompute(vectors, assignment, centroids);
      progress.accept(String.format("k=%d iteration %d: %d words moved", k, it, moved));
      if (moved == 0) {
        break;
      }
    }
    return assignment;
  }

  private static int nearest(float[] v, float[][] centroids) {
    int best = 0;
    double top = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      float[] centroid = centroids[c];
      double dot = 0;
      for (int j = 0; j < v.length; j += 2) {
        dot += centroid[(int) v[j]] * v[j + 1];
      }
      if (dot > top) {
        top = dot;
        best = c;
      }
    }
    return best;
  }

  private static void recompute(float[][] vectors, int[] assignment, float[][] centroids) {
    float[][] sums = new float[centroids.length][centroids[0].length];
    int[] sizes = new int[centroids.length];
    for (int r = 0; r < vectors.length; r++) {
      float[] sum = sums[assignment[r]];
      sizes[assignment[r]]++;
      for (int j = 0; j < vectors[r].length; j += 2) {
        sum[(int) vectors[r][j]] += vectors[r][j + 1];
      }
    }
    for (int c = 0; c < centroids.length; c++) {
      if (sizes[c] == 0) {
        continue;  // an empty class keeps its centroid
      }
      double norm = 0;
      for (float x : sums[c]) {
        norm += x * x;
      }
      float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < sums[c].length; j++) {
        centroids[c][j] = sums[c][j] * scale;
      }
    }
    Arrays.fill(sizes, 0);
  }
}
