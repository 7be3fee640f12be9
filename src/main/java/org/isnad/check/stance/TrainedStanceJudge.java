package org.isnad.check.stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isnad.check.Judgement;
import org.isnad.check.Rationale;
import org.isnad.check.Stance;
import org.isnad.check.StanceJudge;
import org.isnad.model.AnnotatedArticle;

/**
 * The stance classifier {@code isnad train stance} builds: the features of
 * {@link StanceFeatures} weighed by a multinomial logistic regression ({@link LinearModel}); the
 * score is the chosen stance's probability; the rationale the aligned sentences (up to three
 * near the best, strongest first), none for {@link Stance#UNRELATED}. Immutable and thread safe.
 */
public final class TrainedStanceJudge implements StanceJudge {
  private final LinearModel model;

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
    return model.threshold();
  }

  /**
   * @throws NullPointerException if {@code claim} or {@code article} is null
   */
  @Override
  public Judgement judge(String claim, AnnotatedArticle article) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(article, "article");
    StanceFeatures.Reading reading = StanceFeatures.read(ClaimView.of(claim),
        ArticleView.of(article));
    double[] p = model.probabilities(reading.features());
    Stance stance = model.decide(p);
    double score = Math.min(1, Math.max(0, p[stance.ordinal()]));
    return new Judgement(stance, score, stance == Stance.UNRELATED ? List.of()
        : rationale(reading, article.article().text()));
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
