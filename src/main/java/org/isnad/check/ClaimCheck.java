package org.isnad.check;

import java.util.List;
import java.util.Objects;

/**
 * One claim checked: each candidate article with its stance and origin, and the evidence
 * summary. Evidence, never a verdict.
 *
 * @param id the caller's id, or {@code null}
 * @param claim the claim, or {@code null} when its line could not be read
 * @param urls the URLs the caller restricted it to (empty: none)
 * @param candidates how many articles were judged
 * @param candidateBasis how they were chosen
 * @param articles the candidates: agree, disagree, discuss, unrelated, each by score (highest
 *     first) then article id
 * @param summary the evidence summary
 * @param problems what went wrong for this claim (a bad line, an article the judge failed on);
 *     the rest is still given
 */
public record ClaimCheck(String id, String claim, List<String> urls, int candidates,
    String candidateBasis, List<ArticleEvidence> articles, EvidenceSummary summary,
    List<String> problems) {
  public ClaimCheck {
    urls = List.copyOf(urls);
    articles = List.copyOf(articles);
    Objects.requireNonNull(summary, "summary");
    problems = List.copyOf(problems);
  }

  /** A claim that could not be checked at all, with why. */
  public static ClaimCheck failed(String id, String claim, String problem) {
    return new ClaimCheck(id, claim, List.of(), 0, "", List.of(), EvidenceSummary.none(),
        List.of(problem));
  }
}
