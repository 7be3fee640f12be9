package org.isnad.annotate.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Distributional word classes learnt from unlabelled text ({@link ClusterTrainer}): for each
 * normalised word, its class at several granularities (e.g. 16, 64 and 256 classes). Stored as
 * a tab-separated table, one word a line ({@code word<TAB>c1<TAB>c2…}), {@code #} comments.
 * Immutable.
 */
public final class WordClusters {
  public static final WordClusters EMPTY = new WordClusters(new int[0], Map.of());
  private final int[] sizes;
  private final Map<String, int[]> classes;

  WordClusters(int[] sizes, Map<String, int[]> classes) {
    this.sizes = sizes.clone();
    this.classes = Map.copyOf(classes);
    for (int[] c : this.classes.values()) {
      if (c.length != sizes.length) {
        throw new IllegalArgumentException("a word has " + c.length + " classes, not "
            + sizes.length);
      }
    }
  }

  /** The class counts, one per granularity. */
  int[] sizes() {
    return sizes.clone();
  }

  public int words() {
    return classes.size();
  }

  /** The classes of a normalised word, one per granularity, or {@code null}. */
  int[] of(String normalized) {
    return classes.get(normalized);
  }

  public void write(Writer out) throws IOException {
    StringBuilder header = new StringBuilder("# classes");
    for (int s : sizes) {
      header.append(' ').append(s);
    }
    out.write(header.append('\n').toString());
    for (Map.Entry<String, int[]> e : new TreeMap<>(classes).entrySet()) {
      StringBuilder b = new StringBuilder(e.getKey());
      for (int c : e.getValue()) {
        b.append('\t').append(c);
      }
      out.write(b.append('\n').toString());
    }
    out.flush();
  }

  public static WordClusters read(BufferedReader in) throws IOException {
    int[] sizes = null;
    Map<String, int[]> classes = new HashMap<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.startsWith("# classes")) {
        String rest = line.substring("# classes".length()).strip();
        String[] parts = rest.isEmpty() ? new String[0] : rest.split(" ");
        sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
          sizes[i] = Integer.parseInt(parts[i]);
        }
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      int[] c = new int[parts.length - 1];
      for (int i = 1; i < parts.length; i++) {
        c[i - 1] = Integer.parseInt(parts[i]);
      }
      classes.put(parts[0], c);
    }
    if (sizes == null) {
      throw new IOException("no '# classes' header in the cluster table");
    }
    return new WordClusters(sizes, classes);
  }
}
