package org.isnad.check;

import java.nio.file.Path;
import org.isnad.check.stance.TrainedStanceJudge;
import org.isnad.model.AnnotatedArticle;

/**
 * Reads the stance of an article toward a claim. Implementations are pure: the same claim and
 * article give the same judgement, whatever else was judged before, and are thread safe.
 */
@FunctionalInterface
public interface StanceJudge {
  /**
   * The stance of {@code article} toward {@code claim} (the claim's text as the user wrote it),
   * with the sentences that carry it; offsets are code points into the article's text.
   */
  Judgement judge(String claim, AnnotatedArticle article);

  /**
   * The judge that {@code isnad train stance} trained and wrote to {@code model}.
   *
   * @throws IllegalArgumentException when {@code model} is missing or not such a model, naming
   *     it and the command that builds it
   */
  static StanceJudge trained(Path model) {
    return TrainedStanceJudge.read(model);
  }
}
