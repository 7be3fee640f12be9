package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * What the extract stage made of one document: its articles, what it dropped, and problems.
 * A failed document has no articles and at least one {@link Severity#ERROR} problem.
 */
public record Extraction(Document document, List<Article> articles, List<Dropped> dropped,
    List<Problem> problems) {

  public Extraction {
    Objects.requireNonNull(document, "document");
    articles = List.copyOf(articles);
    dropped = List.copyOf(dropped);
    problems = List.copyOf(problems);
  }

  /** The extraction of a document that ingest could not read or that is a duplicate. */
  public static Extraction skipped(Document document) {
    return new Extraction(document, List.of(), List.of(), List.of());
  }

  /** All problems, from ingest and from extraction, without repeats. */
  public List<Problem> allProblems() {
    return java.util.stream.Stream.concat(document.problems().stream(), problems.stream())
        .distinct().toList();
  }

  /** True when the document yielded nothing because of an error. */
  public boolean failed() {
    return allProblems().stream().anyMatch(Problem::fatal);
  }

  /**
   * What became of the document: articles, none on the page (every fatal problem is a
   * {@linkplain Problem#noArticle() no-article} one), a duplicate, or a failure.
   */
  public Outcome outcome() {
    if (!articles.isEmpty()) {
      return Outcome.ARTICLES;
    }
    List<Problem> fatal = allProblems().stream().filter(Problem::fatal).toList();
    if (fatal.isEmpty()) {
      return document.duplicateOf() != null ? Outcome.DUPLICATE : Outcome.NO_ARTICLE;
    }
    return fatal.stream().allMatch(Problem::noArticle) ? Outcome.NO_ARTICLE : Outcome.FAILED;
  }

  /** The fatal problems joined into one message, or {@code null} when there is none. */
  public String error() {
    List<String> fatal = allProblems().stream().filter(Problem::fatal).map(Problem::toString)
        .toList();
    return fatal.isEmpty() ? null : String.join("; ", fatal);
  }
}
