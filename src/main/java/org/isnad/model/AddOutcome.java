package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * What one add made of one document it read (or one path it could not read): {@code added}
 * with the ids of its articles, {@code held} when the store already had it (same id or bytes),
 * {@code no-article} or {@code failed} with why. Nothing read is left out of an add's outcomes.
 *
 * @param source where the document came from (path, and record or entry within it)
 * @param document the document's id, or {@code null} for a path that was not read
 * @param outcome added, held, no-article or failed
 * @param articles the ids of the articles it gave (only when added)
 * @param reason why it gave no article, or {@code null}
 */
public record AddOutcome(String source, String document, String outcome, List<String> articles,
    String reason) {
  /** The store took the document in and it gave articles. */
  public static final String ADDED = "added";
  /** The store already held the document. */
  public static final String HELD = "held";
  /** The document was read but holds no article. */
  public static final String NO_ARTICLE = "no-article";
  /** The document (or path) could not be read or processed. */
  public static final String FAILED = "failed";

  public AddOutcome {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outcome, "outcome");
    articles = List.copyOf(articles);
  }

  /** The outcome of {@code document} taken in, from its annotation after linking. */
  public static AddOutcome of(Document document, AnnotatedDocument annotated) {
    if (annotated == null) {
      return new AddOutcome(document.source(), document.id(), FAILED, List.of(),
          "not annotated");
    }
    Outcome outcome = annotated.extraction().outcome();
    String error = annotated.extraction().error();
    return switch (outcome) {
      case ARTICLES -> new AddOutcome(document.source(), document.id(), ADDED,
          annotated.articles().stream().map(AnnotatedArticle::id).toList(), null);
      case FAILED -> new AddOutcome(document.source(), document.id(), FAILED, List.of(),
          error == null ? "could not be read" : error);
      case DUPLICATE -> new AddOutcome(document.source(), document.id(), HELD, List.of(),
          "same bytes as " + document.duplicateOf());
      default -> new AddOutcome(document.source(), document.id(), NO_ARTICLE, List.of(),
          error == null ? "no article found" : error);
    };
  }
}
