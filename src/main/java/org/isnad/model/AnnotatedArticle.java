package org.isnad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One article with everything the annotators found in it: the unit a run carries from
 * annotation to output. Its time expressions, entity mentions, statements and event reports all
 * belong to {@link #article()} (their article id is its id), each list in text order as its
 * annotator gave it; {@code problems} says which annotator failed on it (the others' results are
 * kept). Mentions and statements are first as found, then, once the run has linked entities,
 * with their entity ids ({@link #withMentions}, {@link #withQuotes}).
 *
 * <p>Immutable; the {@code with…} methods return copies that share the unchanged lists.
 */
public record AnnotatedArticle(Article article, List<Timex> timexes,
    List<EntityMention> mentions, List<Quote> quotes, List<EventMention> events,
    List<Problem> problems) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    timexes = List.copyOf(timexes);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }

  /** An article nothing has annotated yet. */
  public static AnnotatedArticle of(Article article) {
    return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The article's id. */
  public String id() {
    return article.id();
  }

  /** A copy whose article is {@code newArticle} (a publication date found or inferred). */
  public AnnotatedArticle withArticle(Article newArticle) {
    return new AnnotatedArticle(newArticle, timexes, mentions, quotes, events, problems);
  }

  /** A copy with these time expressions. */
  public AnnotatedArticle withTimexes(List<Timex> found) {
    return new AnnotatedArticle(article, found, mentions, quotes, events, problems);
  }

  /** A copy with these entity mentions. */
  public AnnotatedArticle withMentions(List<EntityMention> found) {
    return new AnnotatedArticle(article, timexes, found, quotes, events, problems);
  }

  /** A copy with these statements. */
  public AnnotatedArticle withQuotes(List<Quote> found) {
    return new AnnotatedArticle(article, timexes, mentions, found, events, problems);
  }

  /** A copy with these event reports. */
  public AnnotatedArticle withEvents(List<EventMention> found) {
    return new AnnotatedArticle(article, timexes, mentions, quotes, found, problems);
  }

  /** A copy with one more problem. */
  public AnnotatedArticle withProblem(Problem problem) {
    List<Problem> all = new ArrayList<>(problems);
    all.add(problem);
    return new AnnotatedArticle(article, timexes, mentions, quotes, events, all);
  }
}
