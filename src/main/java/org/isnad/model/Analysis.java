package org.isnad.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything one run of {@code isnad analyze} produced: the documents, each with its annotated
 * articles ({@link AnnotatedDocument}, {@link AnnotatedArticle}), the entities linked across the
 * run and the timeline. Every input path the run met is in {@code annotated} or in
 * {@code skipped}. The flat lists of the analysis JSON ({@link #timexes()}, {@link #mentions()},
 * {@link #quotes()}, {@link #articles()}, {@link #documents()}) are read from the documents in
 * document order, each article's in text order; they are computed on each call.
 *
 * @param annotated the documents in the run's order, each with its annotated articles
 * @param skipped input paths met but not read (hidden, not a regular file, unreadable directory,
 *     symlink loop…), each with its reason
 */
public record Analysis(Instant generatedAt, List<AnnotatedDocument> annotated,
    List<Entity> entities, Timeline timeline, List<Skipped> skipped) {
  public Analysis {
    Objects.requireNonNull(generatedAt, "generatedAt");
    annotated = List.copyOf(annotated);
    entities = List.copyOf(entities);
    timeline = timeline == null ? Timeline.empty() : timeline;
    skipped = skipped == null ? List.of() : List.copyOf(skipped);
  }

  /**
   * An analysis from flat lists (tests, tools): each time expression, mention and statement goes
   * to the article its article id names; one naming no article of {@code documents} is left out.
   */
  public Analysis(Instant generatedAt, List<Extraction> documents, List<Timex> timexes,
      List<Entity> entities, List<EntityMention> mentions, List<Quote> quotes, Timeline timeline,
      List<Skipped> skipped) {
    this(generatedAt, grouped(documents, timexes, mentions, quotes), entities, timeline,
        skipped);
  }

  /** An analysis from flat lists that skipped no input path. */
  public Analysis(Instant generatedAt, List<Extraction> documents, List<Timex> timexes,
      List<Entity> entities, List<EntityMention> mentions, List<Quote> quotes,
      Timeline timeline) {
    this(generatedAt, documents, timexes, entities, mentions, quotes, timeline, List.of());
  }

  /** An analysis from flat lists without a timeline. */
  public Analysis(Instant generatedAt, List<Extraction> documents, List<Timex> timexes,
      List<Entity> entities, List<EntityMention> mentions, List<Quote> quotes) {
    this(generatedAt, documents, timexes, entities, mentions, quotes, Timeline.empty());
  }

  /** This analysis with {@code skipped} as the input paths it did not read. */
  public Analysis withSkipped(List<Skipped> skipped) {
    return new Analysis(generatedAt, annotated, entities, timeline, skipped);
  }

  /** An analysis of documents without annotations (extraction only). */
  public static Analysis unannotated(Instant generatedAt, List<Extraction> documents) {
    return new Analysis(generatedAt, documents, List.of(), List.of(), List.of(), List.of());
  }

  /** Every document as an extraction (articles as annotated, annotation problems included). */
  public List<Extraction> documents() {
    return annotated.stream().map(AnnotatedDocument::extraction).toList();
  }

  /** All annotated articles of all documents, in document order. */
  public List<AnnotatedArticle> annotatedArticles() {
    return annotated.stream().flatMap(d -> d.articles().stream()).toList();
  }

  /** All articles of all documents, in document order. */
  public List<Article> articles() {
    return annotatedArticles().stream().map(AnnotatedArticle::article).toList();
  }

  /** Every time expression, by article in document order. */
  public List<Timex> timexes() {
    return flat(AnnotatedArticle::timexes);
  }

  /** Every entity mention (linked), by article in document order. */
  public List<EntityMention> mentions() {
    return flat(AnnotatedArticle::mentions);
  }

  /** Every reported statement (speakers linked), by article in document order. */
  public List<Quote> quotes() {
    return flat(AnnotatedArticle::quotes);
  }

  private <T> List<T> flat(Function<AnnotatedArticle, List<T>> part) {
    List<T> all = new ArrayList<>();
    annotated.forEach(d -> d.articles().forEach(a -> all.addAll(part.apply(a))));
    return all;
  }

  /** The entity mentions of one article, in text order. */
  public List<EntityMention> mentionsOf(String articleId) {
    return of(articleId, AnnotatedArticle::mentions);
  }

  /** The time expressions of one article, in text order. */
  public List<Timex> timexesOf(String articleId) {
    return of(articleId, AnnotatedArticle::timexes);
  }

  /** The reported statements of one article, in text order. */
  public List<Quote> quotesOf(String articleId) {
    return of(articleId, AnnotatedArticle::quotes);
  }

  private <T> List<T> of(String articleId, Function<AnnotatedArticle, List<T>> part) {
    List<T> all = new ArrayList<>();
    annotated.forEach(d -> d.articles().stream().filter(a -> a.id().equals(articleId))
        .forEach(a -> all.addAll(part.apply(a))));
    return all;
  }

  /**
   * Documents that could not be read or processed ({@link Outcome#FAILED}); pages read without
   * an article are not among them (see {@link #withoutArticle()}).
   */
  public List<Extraction> failures() {
    return withOutcome(Outcome.FAILED);
  }

  /** Documents read that hold no article ({@link Outcome#NO_ARTICLE}): warnings, not failures. */
  public List<Extraction> withoutArticle() {
    return withOutcome(Outcome.NO_ARTICLE);
  }

  /** Documents with the given outcome, in document order. */
  public List<Extraction> withOutcome(Outcome outcome) {
    return documents().stream().filter(d -> d.outcome() == outcome).toList();
  }

  private static List<AnnotatedDocument> grouped(List<Extraction> documents, List<Timex> timexes,
      List<EntityMention> mentions, List<Quote> quotes) {
    Map<String, List<Timex>> timexesOf = byArticle(timexes, Timex::articleId);
    Map<String, List<EntityMention>> mentionsOf = byArticle(mentions, EntityMention::articleId);
    Map<String, List<Quote>> quotesOf = byArticle(quotes, Quote::articleId);
    return documents.stream().map(d -> new AnnotatedDocument(d.document(), d.articles().stream()
        .map(a -> AnnotatedArticle.of(a)
            .withTimexes(timexesOf.getOrDefault(a.id(), List.of()))
            .withMentions(mentionsOf.getOrDefault(a.id(), List.of()))
            .withQuotes(quotesOf.getOrDefault(a.id(), List.of()))).toList(), d.dropped(),
        d.problems())).toList();
  }

  private static <T> Map<String, List<T>> byArticle(List<T> items, Function<T, String> article) {
    Map<String, List<T>> of = new HashMap<>();
    items.forEach(i -> of.computeIfAbsent(article.apply(i), k -> new ArrayList<>()).add(i));
    return of;
  }
}
