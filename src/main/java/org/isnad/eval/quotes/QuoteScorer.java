package org.isnad.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.isnad.Datasets;

/**
 * Compares predicted statements with the gold. Speakers match when their spans overlap, or, for
 * a dropped subject, when the names contain one another after normalisation; contents when they
 * overlap by at least half of the gold; chains when they have the same roles in the same order
 * and every name matches.
 */
public final class QuoteScorer {
  private QuoteScorer() {}

  public static QuoteScores score(List<Statement> gold, List<Statement> predicted,
      Function<String, String> text) {
    List<Statement> open = new ArrayList<>(predicted);
    int cues = 0;
    int speakers = 0;
    int contents = 0;
    int chains = 0;
    int direct = 0;
    List<String> errors = new ArrayList<>();
    for (Statement g : gold) {
      Statement p = open.stream().filter(s -> s.sid().equals(g.sid()) && s.cueOverlaps(g))
          .findFirst().orElse(null);
      if (p == null) {
        errors.add("missed   " + g.sid() + " " + describe(g, text.apply(g.sid())));
        continue;
      }
      open.remove(p);
      cues++;
      boolean speaker = sameSpeaker(g, p);
      boolean content = overlap(g.contentStart(), g.contentEnd(), p.contentStart(),
          p.contentEnd()) * 2 >= g.contentEnd() - g.contentStart();
      boolean chain = sameChain(g.chain(), p.chain());
      speakers += speaker ? 1 : 0;
      contents += content ? 1 : 0;
      chains += chain ? 1 : 0;
      direct += g.direct() == p.direct() ? 1 : 0;
      if (!speaker || !content || !chain) {
        errors.add("differs  " + g.sid() + " " + describe(g, text.apply(g.sid())) + "\n         ≠ "
            + describe(p, text.apply(p.sid())));
      }
    }
    open.forEach(p -> errors.add("spurious " + p.sid() + " " + describe(p, text.apply(p.sid()))));
    return new QuoteScores(gold.size(), predicted.size(), cues, speakers, contents, chains,
        direct, errors);
  }

  private static boolean sameSpeaker(Statement g, Statement p) {
    if (g.speakerStart() >= 0 && p.speakerStart() >= 0) {
      return overlap(g.speakerStart(), g.speakerEnd(), p.speakerStart(), p.speakerEnd()) > 0;
    }
    return sameName(g.resolved(), p.resolved());
  }

  static boolean sameName(String a, String b) {
    String x = key(a);
    String y = key(b);
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
  }

  static boolean sameChain(String gold, String predicted) {
    String[] g = gold.split("\\s*>\\s*");
    String[] p = predicted.split("\\s*>\\s*");
    if (g.length != p.length) {
      return false;
    }
    for (int i = 0; i < g.length; i++) {
      String[] gl = g[i].split(":", 2);
      String[] pl = p[i].split(":", 2);
      if (gl.length < 2 || pl.length < 2 || !gl[0].strip().equals(pl[0].strip())
          || !sameName(gl[1], pl[1])) {
        return false;
      }
    }
    return true;
  }

  private static String key(String name) {
    return Datasets.normalized(name == null ? "" : name)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static int overlap(int s1, int e1, int s2, int e2) {
    return Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  }

  private static String describe(Statement s, String sentence) {
    return "«" + cut(sentence, s.cueStart(), s.cueEnd()) + "» "
        + (s.speakerStart() >= 0 ? cut(sentence, s.speakerStart(), s.speakerEnd())
            : "(" + s.resolved() + ")")
        + " : «" + abbreviate(cut(sentence, s.contentStart(), s.contentEnd())) + "» [" + s.chain()
        + "]";
  }

  private static String cut(String text, int start, int end) {
    if (text == null || start < 0 || end > text.codePointCount(0, text.length()) || end <= start) {
      return "?";
    }
    return new String(text.codePoints().toArray(), start, end - start);
  }

  private static String abbreviate(String s) {
    return s.length() <= 50 ? s : s.substring(0, 50) + "…";
  }
}
