package org.isnad.check.stance;

import java.nio.file.Path;
import org.isnad.check.Judgement;
import org.isnad.check.StanceJudge;
import org.isnad.model.AnnotatedArticle;

/**
 * The stance classifier {@code isnad train stance} builds. PLACEHOLDER while the classifier is
 * built on its own branch: reading a model always fails.
 */
public final class TrainedStanceJudge implements StanceJudge {
  private TrainedStanceJudge() { }

  /**
   * The judge written to {@code model}.
   *
   * @throws IllegalArgumentException always, for now: no model format exists yet
   */
  public static TrainedStanceJudge read(Path model) {
    throw new IllegalArgumentException("no stance model reader yet: " + model);
  }

  @Override
  public Judgement judge(String claim, AnnotatedArticle article) {
    throw new IllegalStateException("no stance model");
  }
}
