package org.isnad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One document after annotation: what extraction made of it and its annotated articles, in the
 * order the page gave them. {@code problems} are the extraction's; the annotators' are on each
 * article and {@link #extraction()} lists them after these.
 *
 * <p>The document is kept without its content ({@link Document#withoutContent()}): once extracted,
 * only the articles are needed.
 */
public record AnnotatedDocument(Document document, List<AnnotatedArticle> articles,
    List<Dropped> dropped, List<Problem> problems) {

  public AnnotatedDocument {
    Objects.requireNonNull(document, "document");
    articles = List.copyOf(articles);
    dropped = List.copyOf(dropped);
    problems = List.copyOf(problems);
  }

  /** A document whose articles nothing has annotated yet; its content is dropped. */
  public static AnnotatedDocument of(Extraction extraction) {
    return new AnnotatedDocument(extraction.document().withoutContent(),
        extraction.articles().stream().map(AnnotatedArticle::of).toList(), extraction.dropped(),
        extraction.problems());
  }

  /** A copy with other articles (same document, drops and problems). */
  public AnnotatedDocument withArticles(List<AnnotatedArticle> newArticles) {
    return new AnnotatedDocument(document, newArticles, dropped, problems);
  }

  /**
   * The document as an extraction: its articles as annotated (with the date found or inferred),
   * the extraction's problems followed by every article's annotation problems.
   */
  public Extraction extraction() {
    List<Problem> all = new ArrayList<>(problems);
    articles.forEach(a -> all.addAll(a.problems()));
    return new Extraction(document, articles.stream().map(AnnotatedArticle::article).toList(),
        dropped, all);
  }
}
