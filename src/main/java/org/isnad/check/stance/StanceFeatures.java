package org.isnad.check.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isnad.model.AnnotatedArticle;

/**
 * The features of a (claim, article) pair the stance classifier weighs, by name
 * ({@link #NAMES}, in the order of the vector). Computed per sentence of the article, then
 * aggregated:
 *
 * <ul>
 *   <li><b>alignment</b> of each sentence with the claim: the weighted share of the claim's
 *       content terms (function words dropped) whose key occurs in the sentence. A claim term
 *       weighs 1, a number 2, a name (a term of one of the article's entity mentions) 1.5, each
 *       times an IDF-like factor from the article itself (a term found in every sentence counts
 *       half). Aggregates: the best sentence, the mean of the best three, the first sentence (the
 *       title, when the page has one), the share of sentences aligned half or more, the claim's
 *       coverage by the whole article;
 *   <li><b>names and numbers</b>: the claim's names found, numbers equal or different in the
 *       aligned sentences;
 *   <li><b>cues</b> (rule files of {@link StanceWords}) in the aligned sentences (the best three
 *       with at least 0.6 of the best alignment) and their neighbours, and in the whole article:
 *       denial and doubt each kept as the outlet's own or as <em>reported</em> (inside the
 *       content of a statement the article attributes to a speaker), agreement, negation the
 *       claim lacks; whether the claim is itself negated; the most claim words found within
 *       twelve terms of one denial (or doubt) cue;
 *   <li><b>shape</b>: the best sentence's position and length, the text's length, whether an
 *       aligned sentence is a question;
 *   <li>a few <b>products</b> of the best alignment with the others (a linear model cannot
 *       combine them by itself).
 * </ul>
 *
 * <p>Pure and thread safe.
 */
public final class StanceFeatures {
  /** The feature names, in vector order; the model file lists them and must match. */
  public static final List<String> NAMES = List.of("bias", "align-max", "align-top3",
      "align-first", "align-share-half", "coverage", "align-max-half", "align-max-high",
      "names-cover", "names-best", "numbers-equal", "numbers-differ", "denial-own-aligned",
      "denial-reported-aligned", "denial-near", "doubt-own-aligned", "doubt-reported-aligned",
      "agreement-aligned", "negation-mismatch", "claim-negated", "claim-negated-x-denial",
      "denial-own-article", "denial-reported-article", "doubt-article", "align-x-denial",
      "sentences-log", "align-max-squared", "pairs-repeated", "matched-log", "claim-keys-log",
      "align-max-0.3", "align-max-0.4", "align-max-0.6", "align-max-0.8", "coverage-0.5",
      "coverage-0.7", "coverage-0.9", "denial-by-claim-words", "doubt-by-claim-words",
      "best-position", "best-length-log", "text-length-log", "question-aligned",
      "align-x-doubt", "align-x-agreement", "align-x-coverage", "top3-x-names", "pairs-x-align",
      "align-x-question");

  private static final int TOP = 3;
  private static final int WINDOW = 12;

  private StanceFeatures() {}

  /** The feature vector of the pair, in the order of {@link #NAMES}. */
  public static double[] of(String claim, AnnotatedArticle article) {
    return read(ClaimView.of(claim), ArticleView.of(article)).features();
  }

  /** The pair's features with the per-sentence alignment and cues they came from. */
  static Reading read(ClaimView claim, ArticleView article) {
    Alignment alignment = Alignment.of(claim, article);
    SentenceCues[] cues = SentenceCues.of(article);
    List<Integer> aligned = aligned(alignment.scores());
    return new Reading(features(claim, article, alignment, cues, aligned), alignment.scores(),
        cues, aligned, article);
  }

  /** What the features were read from, for the judge's rationale. */
  record Reading(double[] features, double[] align, SentenceCues[] cues, List<Integer> aligned,
      ArticleView article) {
    /** The alignment the best sentence needs for {@link #ownDenial}. */
    static final double DENIAL_ALIGNMENT = 0.5;

    /**
     * Whether the outlet itself denies the claim: its own (not reported) denial cue in an
     * aligned sentence, the best of which repeats at least half of the claim.
     */
    boolean ownDenial() {
      return !aligned.isEmpty() && align[aligned.get(0)] >= DENIAL_ALIGNMENT
          && SentenceCues.union(cues, aligned).denialOwn() > 0;
    }

    /**
     * Whether the article tells of somewhere else: the claim names places (or countries, by name
     * or adjective: {@link CountryKeys}), the best aligned sentence names a place or a country
     * (its dateline left out), and none of the claim's places is anywhere
     * in the article outside its datelines ("… بفيروس كورونا في الرياض" for a claim on Jeddah,
     * Jeddah only in the byline). Places are compared as {@link SentencePlaces#near} keys, so
     * spellings such as سوريا / سورية meet.
     */
    boolean elsewhere(ClaimView claim) {
      if (aligned.isEmpty() || claim.places().isEmpty()) {
        return false;
      }
      int best = aligned.get(0);
      if (article.places.places(best).isEmpty()
          && CountryKeys.STANDARD.in(article.places.body(best)).isEmpty()) {
        return false;
      }
      for (String place : claim.places()) {
        if (article.places.anywhere(place)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The sentences aligned with the claim, best first: up to three near the best. */
  static List<Integer> aligned(double[] align) {
    double max = 0;
    for (double a : align) {
      max = Math.max(max, a);
    }
    double floor = Math.max(0.2, 0.6 * max);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < align.length; i++) {
      if (align[i] >= floor) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -align[i]).thenComparingInt(i -> i));
    return List.copyOf(order.subList(0, Math.min(TOP, order.size())));
  }

  private static double[] features(ClaimView claim, ArticleView article, Alignment alignment,
      SentenceCues[] cues, List<Integer> aligned) {
    double[] a = alignment.scores();
    double[] sorted = a.clone();
    java.util.Arrays.sort(sorted);
    double max = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    double top = 0;
    for (int k = 0; k < Math.min(TOP, sorted.length); k++) {
      top += sorted[sorted.length - 1 - k] / TOP;
    }
    double half = 0;
    for (double v : a) {
      half += v >= 0.5 ? 1 : 0;
    }
    SentenceCues near = SentenceCues.union(cues, near(aligned, cues.length));
    SentenceCues inAligned = SentenceCues.union(cues, aligned);
    SentenceCues all = SentenceCues.total(cues);
    boolean denialAligned = inAligned.denialOwn() > 0;
    double[] f = new double[NAMES.size()];
    int i = 0;
    f[i++] = 1;
    f[i++] = max;
    f[i++] = top;
    f[i++] = a.length == 0 ? 0 : a[0];
    f[i++] = a.length == 0 ? 0 : half / a.length;
    f[i++] = alignment.coverage();
    f[i++] = max >= 0.5 ? 1 : 0;
    f[i++] = max >= 0.7 ? 1 : 0;
    f[i++] = alignment.namesCovered();
    f[i++] = alignment.namesIn(aligned.isEmpty() ? -1 : aligned.get(0));
    f[i++] = alignment.numbersEqual(aligned) ? 1 : 0;
    f[i++] = alignment.numbersDiffer(aligned) ? 1 : 0;
    f[i++] = denialAligned ? 1 : 0;
    f[i++] = inAligned.denialReported() > 0 ? 1 : 0;
    f[i++] = near.denialOwn() + near.denialReported() > 0 ? 1 : 0;
    f[i++] = inAligned.doubtOwn() > 0 ? 1 : 0;
    f[i++] = inAligned.doubtReported() > 0 ? 1 : 0;
    f[i++] = inAligned.agreement() > 0 ? 1 : 0;
    f[i++] = inAligned.negation() > 0 && !claim.negated ? 1 : 0;
    f[i++] = claim.negated ? 1 : 0;
    f[i++] = claim.negated && near.denialOwn() + near.denialReported() > 0 ? 1 : 0;
    f[i++] = Math.log1p(all.denialOwn()) / 3;
    f[i++] = Math.log1p(all.denialReported()) / 3;
    f[i++] = Math.log1p(all.doubtOwn() + all.doubtReported()) / 3;
    f[i++] = max * (near.denialOwn() > 0 ? 1 : 0);
    f[i++] = Math.log1p(a.length) / 5;
    f[i++] = max * max;
    f[i++] = alignment.pairsRepeated();
    f[i++] = Math.log1p(alignment.matched(aligned.isEmpty() ? -1 : aligned.get(0))) / 3;
    f[i++] = Math.log1p(alignment.claimKeys()) / 3;
    for (double bin : new double[] {0.3, 0.4, 0.6, 0.8}) {
      f[i++] = max >= bin ? 1 : 0;
    }
    for (double bin : new double[] {0.5, 0.7, 0.9}) {
      f[i++] = alignment.coverage() >= bin ? 1 : 0;
    }
    f[i++] = cuesByClaim(claim, article, StanceWords.STANDARD.denial);
    f[i++] = cuesByClaim(claim, article, StanceWords.STANDARD.doubt);
    int best = aligned.isEmpty() ? -1 : aligned.get(0);
    f[i++] = best < 0 ? 1 : (double) best / a.length;
    f[i++] = best < 0 ? 0 : Math.log1p(article.sentences.get(best).terms().length) / 5;
    f[i++] = article.sentences.isEmpty() ? 0
        : Math.log1p(article.sentences.get(a.length - 1).end()) / 10;
    f[i++] = inAligned.question() > 0 ? 1 : 0;
    f[i++] = max * (inAligned.doubtOwn() + inAligned.doubtReported() > 0 ? 1 : 0);
    f[i++] = max * (inAligned.agreement() > 0 ? 1 : 0);
    f[i++] = max * alignment.coverage();
    f[i++] = top * alignment.namesCovered();
    f[i++] = max * alignment.pairsRepeated();
    f[i++] = max * (inAligned.question() > 0 ? 1 : 0);
    return f;
  }

  /**
   * The most claim keys found within {@link #WINDOW} terms of one cue of {@code cues}, over the
   * article, as a share of the claim's keys: a denial of this claim, not of another matter.
   */
  private static double cuesByClaim(ClaimView claim, ArticleView article,
      StanceWords.Cues cues) {
    if (claim.keys.isEmpty()) {
      return 0;
    }
    int best = 0;
    for (ArticleView.SentenceView s : article.sentences) {
      for (int at : cues.find(s.terms())) {
        java.util.Set<String> near = new java.util.HashSet<>();
        for (int k = Math.max(0, at - WINDOW); k < Math.min(s.termKeys().length, at + WINDOW);
            k++) {
          near.add(s.termKeys()[k]);
        }
        best = Math.max(best, (int) claim.keys.stream().filter(near::contains).count());
      }
    }
    return (double) best / claim.keys.size();
  }

  /** The aligned sentences and the sentence before and after each. */
  private static List<Integer> near(List<Integer> aligned, int count) {
    List<Integer> near = new ArrayList<>();
    for (int i : aligned) {
      for (int j = Math.max(0, i - 1); j <= Math.min(count - 1, i + 1); j++) {
        if (!near.contains(j)) {
          near.add(j);
        }
      }
    }
    return near;
  }
}
