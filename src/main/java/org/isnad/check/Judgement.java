package org.isnad.check;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link StanceJudge} reads in one article toward one claim.
 *
 * @param stance the article's stance
 * @param score the judge's confidence in {@code stance}, 0 to 1
 * @param rationale the sentences that carry the stance, strongest first (may be empty, always
 *     empty for {@link Stance#UNRELATED})
 */
public record Judgement(Stance stance, double score, List<Rationale> rationale) {
  public Judgement {
    Objects.requireNonNull(stance, "stance");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    rationale = List.copyOf(rationale);
  }
}
