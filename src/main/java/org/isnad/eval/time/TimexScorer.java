package org.isnad.eval.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Compares predicted expressions with the gold, sentence by sentence. */
public final class TimexScorer {
  private TimexScorer() {}

  /**
   * Scores {@code predicted} against {@code gold}; {@code text} gives a sentence's text by id
   * for the error lines.
   */
  public static TimeScores score(List<GoldTimex> gold, List<GoldTimex> predicted,
      Function<String, String> text) {
    Map<String, List<GoldTimex>> goldBySentence = bySentence(gold);
    Map<String, List<GoldTimex>> predictedBySentence = bySentence(predicted);
    int strict = 0;
    int relaxed = 0;
    int types = 0;
    int values = 0;
    List<String> errors = new ArrayList<>();
    for (GoldTimex p : predicted) {
      if (goldBySentence.getOrDefault(p.sid(), List.of()).stream().anyMatch(p::sameSpan)) {
        strict++;
      }
    }
    for (Map.Entry<String, List<GoldTimex>> entry : goldBySentence.entrySet()) {
      List<GoldTimex> candidates = new ArrayList<>(
          predictedBySentence.getOrDefault(entry.getKey(), List.of()));
      for (GoldTimex g : entry.getValue()) {
        GoldTimex p = bestMatch(g, candidates);
        String sentence = text.apply(g.sid());
        if (p == null) {
          errors.add("missed   " + describe(g, sentence));
          continue;
        }
        candidates.remove(p);
        relaxed++;
        types += g.type().equals(p.type()) ? 1 : 0;
        values += g.value().equals(p.value()) ? 1 : 0;
        if (!g.sameSpan(p) || !g.type().equals(p.type()) || !g.value().equals(p.value())) {
          errors.add("differs  " + describe(g, sentence) + "  ≠  " + describe(p, sentence));
        }
      }
      predictedBySentence.put(entry.getKey(), candidates);
    }
    predictedBySentence.values().forEach(rest -> rest.forEach(p ->
        errors.add("spurious " + describe(p, text.apply(p.sid())))));
    return new TimeScores(gold.size(), predicted.size(), strict, relaxed, types, values, errors);
  }

  private static GoldTimex bestMatch(GoldTimex g, List<GoldTimex> candidates) {
    GoldTimex best = null;
    int bestOverlap = 0;
    for (GoldTimex p : candidates) {
      int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
      if (overlap > bestOverlap) {
        best = p;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static Map<String, List<GoldTimex>> bySentence(List<GoldTimex> timexes) {
    Map<String, List<GoldTimex>> map = new LinkedHashMap<>();
    for (GoldTimex t : timexes) {
      map.computeIfAbsent(t.sid(), k -> new ArrayList<>()).add(t);
    }
    return map;
  }

  private static String describe(GoldTimex t, String sentence) {
    String span = sentence == null ? "?" : sentence.codePoints()
        .skip(t.start()).limit(t.end() - t.start())
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    return t.sid() + " «" + span + "» " + t.type() + " " + (t.value().isEmpty() ? "-" : t.value())
        + (t.mod().isEmpty() ? "" : " " + t.mod());
  }
}
