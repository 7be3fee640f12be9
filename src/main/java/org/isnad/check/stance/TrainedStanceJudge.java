package org.isnad.check.stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.isnad.check.Judgement;
import org.isnad.check.Rationale;
import org.isnad.check.Stance;
import org.isnad.check.StanceJudge;
import org.isnad.model.AnnotatedArticle;

/**
 * The stance classifier {@code isnad train stance} builds: the features of
 * {@link StanceFeatures} weighed by a multinomial logistic regression ({@link LinearModel}); the
 * score is the chosen stance's probability; the rationale the aligned sentences (up to three
 * near the best, strongest first), none for {@link Stance#UNRELATED}. Thread safe; its only state
 * is the last claim it read, kept for the next article.
 *
 * <p>Design decision: disagree is rare (37 of 1,842 pairs of baly2018 folds 1-3) and mostly
 * implicit there (a different fact, not a denial word), so the model alone rarely reaches the
 * disagree precision asked for, and its tuned threshold then keeps it from predicting disagree.
 * One rule adds the explicit case: the outlet's own denial cue (not a reported one) in an
 * aligned sentence of an article whose best sentence repeats at least half of the claim
 * ({@link StanceFeatures.Reading#ownDenial}) is a disagreement; its score is still the model's
 * disagree probability, so it may be low.
 *
 * <p>Precision first: an agreement is kept only if the article does not tell of somewhere else
 * ({@link StanceFeatures.Reading#elsewhere}): when the claim names a place that the article never
 * names outside its datelines while its best sentence names another, the report is of the same
 * kind of matter elsewhere (new cases in Riyadh for a claim on Jeddah) and is read as discussing,
 * not supporting, the claim; the score is then the model's discuss probability.
 */
public final class TrainedStanceJudge implements StanceJudge {
  private final LinearModel model;
  /** The last claim read: a check judges one claim against many articles in a row. */
  private final AtomicReference<ClaimView> lastClaim = new AtomicReference<>();

  TrainedStanceJudge(LinearModel model) {
    this.model = model;
  }

  /**
   * The judge written to {@code model}.
   *
   * @throws IllegalArgumentException when the file is missing or not a stance model, naming it
   *     and {@code isnad train stance}
   */
  public static TrainedStanceJudge read(Path model) {
    Objects.requireNonNull(model, "model");
    return new TrainedStanceJudge(LinearModel.read(model));
  }

  /** The model as the text of its file (UTF-8); the same model gives the same text. */
  public String modelText() {
    return model.text();
  }

  /** The tuned probability disagree must reach. */
  public double disagreeThreshold() {
    return model.decision().threshold();
  }

  /** The tuned factor on discuss's probability. */
  public double discussFactor() {
    return model.decision().discussFactor();
  }

  /**
   * @throws NullPointerException if {@code claim} or {@code article} is null
   */
  @Override
  public Judgement judge(String claim, AnnotatedArticle article) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(article, "article");
    ClaimView view = claimView(claim);
    StanceFeatures.Reading reading = StanceFeatures.read(view, ArticleView.of(article));
    double[] p = model.probabilities(reading.features());
    Stance stance = reading.ownDenial() ? Stance.DISAGREE : model.decide(p);
    if (stance == Stance.AGREE && reading.elsewhere(view)) {
      stance = Stance.DISCUSS;
    }
    double score = Math.min(1, Math.max(0, p[stance.ordinal()]));
    return new Judgement(stance, score, stance == Stance.UNRELATED ? List.of()
        : rationale(reading, article.article().text()));
  }

  private ClaimView claimView(String claim) {
    ClaimView last = lastClaim.get();
    if (last != null && last.text.equals(claim)) {
      return last;
    }
    ClaimView view = ClaimView.of(claim);
    lastClaim.set(view);
    return view;
  }

  private static List<Rationale> rationale(StanceFeatures.Reading reading, String text) {
    List<Rationale> out = new ArrayList<>(reading.aligned().size());
    for (int i : reading.aligned()) {
      ArticleView.SentenceView s = reading.article().sentences.get(i);
      int from = text.offsetByCodePoints(0, s.start());
      int to = text.offsetByCodePoints(from, s.end() - s.start());
      out.add(new Rationale(s.start(), s.end(), text.substring(from, to), reading.align()[i]));
    }
    return out;
  }
}
