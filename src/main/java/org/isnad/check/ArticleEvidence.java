package org.isnad.check;

import java.util.List;
import java.util.Objects;

/**
 * One candidate article of a claim: where it is, what the judge read in it and its origin.
 *
 * @param url its URL, or {@code null}
 * @param article its id
 * @param title its headline, or {@code null}
 * @param outlet its outlet, or {@code null}
 * @param published its publication date (TIMEX3 style), or {@code null} when unknown
 * @param stance {@code agree}, {@code disagree}, {@code discuss} or {@code unrelated}
 * @param score the judge's confidence, 0 to 1
 * @param rationale the sentences that carry the stance, code point offsets into its text
 * @param origin its independent origin (the root of its chain)
 * @param originBasis why that is its origin
 * @param duplicateOf the article it copies, or {@code null}
 * @param credit the agency its source line credits, or {@code null}
 */
public record ArticleEvidence(String url, String article, String title, String outlet,
    String published, String stance, double score, List<Rationale> rationale, String origin,
    String originBasis, String duplicateOf, String credit) {
  public ArticleEvidence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(stance, "stance");
    rationale = List.copyOf(rationale);
    Objects.requireNonNull(origin, "origin");
  }
}
