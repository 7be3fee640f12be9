package org.isnad.eval.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isnad.Training.Name;

/** CoNLL entity-level scoring: a predicted name counts only with the exact span and type. */
public final class ConllScorer {
  private final Map<String, int[]> counts = new TreeMap<>();

  /** Adds one sentence: the gold names and the predicted ones. */
  public void add(List<Name> gold, List<Name> predicted) {
    Set<Name> goldSet = new HashSet<>(gold);
    for (Name p : predicted) {
      int[] c = counts.computeIfAbsent(p.type(), t -> new int[3]);
      c[1]++;
      if (goldSet.contains(p)) {
        c[0]++;
      }
    }
    gold.forEach(g -> counts.computeIfAbsent(g.type(), t -> new int[3])[2]++);
  }

  public NerScores scores() {
    Map<String, int[]> copy = new TreeMap<>();
    counts.forEach((t, c) -> copy.put(t, c.clone()));
    return new NerScores(copy);
  }

  /** The names of a BIO label sequence; a stray I-X starts a name (as conlleval does). */
  public static List<Name> names(List<String> labels) {
    List<Name> names = new java.util.ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= labels.size(); i++) {
      String label = i < labels.size() ? labels.get(i) : "O";
      boolean inside = label.startsWith("I-") && label.substring(2).equals(type);
      if (start >= 0 && !inside) {
        names.add(new Name(start, i, type));
        start = -1;
        type = null;
      }
      if (!label.equals("O") && !inside) {
        start = i;
        type = label.substring(2);
      }
    }
    return names;
  }
}
