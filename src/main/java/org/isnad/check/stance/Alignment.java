package org.isnad.check.stance;

import java.util.List;
import org.isnad.check.stance.ArticleView.SentenceView;

/**
 * How each sentence of an article repeats a claim: the weighted share of the claim's content
 * keys found in the sentence. Weights: 1 a term, 2 a number, 1.5 a name of the article (a key of
 * one of its entity mentions), each times {@code 1 - df / 2n} where {@code df} counts the
 * article's {@code n} sentences holding the key: an IDF-like weight from the article itself, no
 * corpus statistics.
 */
final class Alignment {
  private final ClaimView claim;
  private final ArticleView article;
  private final double[] weights;
  private final double[] scores;
  private final double coverage;

  private Alignment(ClaimView claim, ArticleView article, double[] weights, double[] scores,
      double coverage) {
    this.claim = claim;
    this.article = article;
    this.weights = weights;
    this.scores = scores;
    this.coverage = coverage;
  }

  static Alignment of(ClaimView claim, ArticleView article) {
    List<SentenceView> sentences = article.sentences;
    int n = sentences.size();
    double[] weights = new double[claim.keys.size()];
    double total = 0;
    double found = 0;
    for (int k = 0; k < weights.length; k++) {
      String key = claim.keys.get(k);
      int df = 0;
      for (SentenceView s : sentences) {
        df += s.keys().contains(key) ? 1 : 0;
      }
      weights[k] = base(claim, article, key) * (n == 0 ? 1 : 1 - df / (2.0 * n));
      total += weights[k];
      found += df > 0 ? weights[k] : 0;
    }
    double[] scores = new double[n];
    for (int i = 0; i < n && total > 0; i++) {
      double sum = 0;
      for (int k = 0; k < weights.length; k++) {
        sum += sentences.get(i).keys().contains(claim.keys.get(k)) ? weights[k] : 0;
      }
      scores[i] = sum / total;
    }
    return new Alignment(claim, article, weights, scores, total > 0 ? found / total : 0);
  }

  private static double base(ClaimView claim, ArticleView article, String key) {
    if (claim.numbers.contains(key)) {
      return 2;
    }
    return article.names.contains(key) ? 1.5 : 1;
  }

  /** Each sentence's alignment, 0 to 1, in sentence order. */
  double[] scores() {
    return scores;
  }

  /** The weighted share of the claim's keys found anywhere in the article. */
  double coverage() {
    return coverage;
  }

  /** The share of the claim's keys that name something the article names. */
  double namesCovered() {
    return claim.keys.isEmpty() ? 0 : (double) names() / claim.keys.size();
  }

  /** The share of the claim's names (as {@link #namesCovered}) in sentence {@code i}. */
  double namesIn(int i) {
    int names = names();
    if (i < 0 || names == 0) {
      return 0;
    }
    int in = 0;
    for (String key : claim.keys) {
      in += article.names.contains(key) && article.sentences.get(i).keys().contains(key) ? 1 : 0;
    }
    return (double) in / names;
  }

  private int names() {
    return (int) claim.keys.stream().filter(article.names::contains).count();
  }

  /** Whether the claim has numbers and an aligned sentence repeats one. */
  boolean numbersEqual(List<Integer> aligned) {
    return aligned.stream().anyMatch(i -> claim.numbers.stream()
        .anyMatch(article.sentences.get(i).keys()::contains));
  }

  /** Whether the claim has numbers and the best sentence has numbers, none of the claim's. */
  boolean numbersDiffer(List<Integer> aligned) {
    if (claim.numbers.isEmpty() || aligned.isEmpty()) {
      return false;
    }
    SentenceView best = article.sentences.get(aligned.get(0));
    boolean any = false;
    for (String term : best.terms()) {
      any |= StanceWords.isNumber(term);
    }
    return any && claim.numbers.stream().noneMatch(best.keys()::contains);
  }

  /**
   * The best share, over the sentences, of the claim's neighbouring key pairs that the sentence
   * also has within two terms of each other, in the same order: the claim's phrasing repeated.
   */
  double pairsRepeated() {
    int pairs = claim.keys.size() - 1;
    if (pairs < 1) {
      return 0;
    }
    double best = 0;
    for (SentenceView s : article.sentences) {
      int found = 0;
      for (int k = 0; k < pairs; k++) {
        found += adjacent(s.termKeys(), claim.keys.get(k), claim.keys.get(k + 1)) ? 1 : 0;
      }
      best = Math.max(best, (double) found / pairs);
    }
    return best;
  }

  private static boolean adjacent(String[] keys, String first, String second) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(first)) {
        for (int j = i + 1; j <= Math.min(keys.length - 1, i + 3); j++) {
          if (keys[j].equals(second)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How many of the claim's keys sentence {@code i} holds (0 for no sentence). */
  int matched(int i) {
    if (i < 0) {
      return 0;
    }
    return (int) claim.keys.stream().filter(article.sentences.get(i).keys()::contains).count();
  }

  /** How many content keys the claim has. */
  int claimKeys() {
    return claim.keys.size();
  }

  /** The weight of each of the claim's keys, in the claim's order. */
  double[] weights() {
    return weights.clone();
  }
}
