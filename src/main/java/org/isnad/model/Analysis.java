package org.isnad.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one run of {@code isnad analyze} produced. Annotation and timeline arrays are added
 * by later stages. Every input path the run met is in {@code documents} or in {@code skipped}.
 *
 * @param skipped input paths met but not read (hidden, not a regular file, unreadable directory,
 *     symlink loop…), each with its reason
 */
public record Analysis(Instant generatedAt, List<Extraction> documents, List<Timex> timexes,
    List<Entity> entities, List<EntityMention> mentions, List<Quote> quotes, Timeline timeline,
    List<Skipped> skipped) {
  public Analysis {
    Objects.requireNonNull(generatedAt, "generatedAt");
    documents = List.copyOf(documents);
    timexes = List.copyOf(timexes);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    timeline = timeline == null ? Timeline.empty() : timeline;
    skipped = skipped == null ? List.of() : List.copyOf(skipped);
  }

  /** An analysis that skipped no input path. */
  public Analysis(Instant generatedAt, List<Extraction> documents, List<Timex> timexes,
      List<Entity> entities, List<EntityMention> mentions, List<Quote> quotes,
      Timeline timeline) {
    this(generatedAt, documents, timexes, entities, mentions, quotes, timeline, List.of());
  }

  /** This analysis with {@code skipped} as the input paths it did not read. */
  public Analysis withSkipped(List<Skipped> skipped) {
    return new Analysis(generatedAt, documents, timexes, entities, mentions, quotes, timeline,
        skipped);
  }

  /** An analysis without a timeline. */
  public Analysis(Instant generatedAt, List<Extraction> documents, List<Timex> timexes,
      List<Entity> entities, List<EntityMention> mentions, List<Quote> quotes) {
    this(generatedAt, documents, timexes, entities, mentions, quotes, Timeline.empty());
  }

  /** An analysis of documents without annotations (extraction only). */
  public static Analysis unannotated(Instant generatedAt, List<Extraction> documents) {
    return new Analysis(generatedAt, documents, List.of(), List.of(), List.of(), List.of());
  }

  /** The entity mentions of one article, in text order. */
  public List<EntityMention> mentionsOf(String articleId) {
    return mentions.stream().filter(m -> m.articleId().equals(articleId)).toList();
  }

  /** The time expressions of one article, in text order. */
  public List<Timex> timexesOf(String articleId) {
    return timexes.stream().filter(t -> t.articleId().equals(articleId)).toList();
  }

  /** The reported statements of one article, in text order. */
  public List<Quote> quotesOf(String articleId) {
    return quotes.stream().filter(q -> q.articleId().equals(articleId)).toList();
  }

  /** All articles of all documents, in document order. */
  public List<Article> articles() {
    return documents.stream().flatMap(d -> d.articles().stream()).toList();
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
    return documents.stream().filter(d -> d.outcome() == outcome).toList();
  }
}
