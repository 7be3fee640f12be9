package org.isnad.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;

/**
 * Checks claims against a corpus: picks the candidate articles ({@link CheckCorpus#candidates}),
 * asks the judge each one's stance, finds each one's independent origin ({@link Origins}) and
 * lays the evidence out ({@link EvidenceSummaries}). A judge that fails on one article is a
 * problem of that claim, recorded, and the other articles are still judged. The output does not
 * depend on the order the corpus was read in: articles are ordered by stance, score and id.
 * Thread safe when its judge and corpus are.
 */
public final class ClaimChecker {
  /** Candidates judged per claim when none is asked for. */
  public static final int DEFAULT_CANDIDATES = 50;
  /** The most candidates one claim may ask for. */
  public static final int MAX_CANDIDATES = 1_000;
  private static final Comparator<ArticleEvidence> ORDER = Comparator
      .comparingInt((ArticleEvidence e) -> Stance.of(e.stance()).ordinal())
      .thenComparing(Comparator.comparingDouble(ArticleEvidence::score).reversed())
      .thenComparing(ArticleEvidence::article);
  private final StanceJudge judge;
  private final CheckCorpus corpus;
  private final int cap;
  private final Origins origins;

  /**
   * @param cap the most candidates judged per claim, 1 to {@value #MAX_CANDIDATES}
   * @throws IllegalArgumentException for a cap out of bounds, naming it
   */
  public ClaimChecker(StanceJudge judge, CheckCorpus corpus, int cap) {
    this.judge = Objects.requireNonNull(judge, "judge");
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    if (cap < 1 || cap > MAX_CANDIDATES) {
      throw new IllegalArgumentException("candidates must be 1 to " + MAX_CANDIDATES + ": "
          + cap);
    }
    this.cap = cap;
    this.origins = new Origins(corpus);
  }

  /** Checks {@code request} against the corpus. */
  public ClaimCheck check(ClaimRequest request) {
    ClaimWords words = ClaimWords.of(request.claim());
    List<String> ids = corpus.candidates(words, Set.copyOf(request.urls()), cap);
    List<ArticleEvidence> judged = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String id : ids) {
      Optional<AnnotatedArticle> article = corpus.article(id);
      if (article.isEmpty()) {
        problems.add("article " + id + " is no longer in the corpus");
        continue;
      }
      try {
        judged.add(evidence(request.claim(), article.get()));
      } catch (RuntimeException e) {
        problems.add("the judge failed on article " + id + ": " + e.getClass().getSimpleName()
            + ": " + e.getMessage());
      }
    }
    if (ids.isEmpty() && request.urls().isEmpty()) {
      problems.add("no article shares the claim's words");
    }
    corpus.missing(request.urls()).forEach(u -> problems.add("no article of the corpus is at "
        + u));
    judged.sort(ORDER);
    EvidenceSummary summary = new EvidenceSummaries(corpus, words).of(request.claim(), judged);
    return new ClaimCheck(request.id(), request.claim(), request.urls(), ids.size(),
        corpus.candidateBasis(), judged, summary, problems);
  }

  private ArticleEvidence evidence(String claim, AnnotatedArticle annotated) {
    Judgement j = judge.judge(claim, annotated);
    Article a = annotated.article();
    List<Rationale> rationale = j.stance() == Stance.UNRELATED ? List.of() : j.rationale();
    Origin origin = origins.of(annotated, rationale);
    return new ArticleEvidence(a.url(), a.id(), a.title(), a.outlet(), a.published().value(),
        j.stance().code(), j.score(), rationale, origin.name(), origin.basis(),
        corpus.copyOf(a.id()), a.credit());
  }
}
