package org.isnad.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Article;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.Event;
import org.isnad.model.Quote;

/**
 * An event's record from its merged reports ({@link MergedReports}) one event at a time, for a
 * caller that holds the run spread over machines (a Spark job): the engine's own code
 * ({@link EventSources}, {@link SourceResolver}, {@link ConflictFinder} and the record
 * {@link TimelineBuilder#build} makes), given only what the event reads of the run: the
 * {@link SourceFacts} of its reports' articles and of their originals, the entities and the
 * story ids. Thread safe.
 */
public final class EventAssembly {
  private EventAssembly() {}

  /**
   * What an event's sources read of one article.
   *
   * @param article the article's publisher fields ({@link #facts}: no text)
   * @param quotes its statements with linked speakers, in the article's order
   * @param outlets its outlet mentions, in text order
   * @param rank its rank in the run's order ({@link TimelineBuilder.Stories#ranks})
   * @param story its story number, or {@code null}
   * @param original the article it is a copy of, or {@code null}
   */
  public record SourceFacts(Article article, List<Quote> quotes, List<EntityMention> outlets,
      int rank, Integer story, String original) {
    public SourceFacts {
      java.util.Objects.requireNonNull(article, "article");
      quotes = List.copyOf(quotes);
      outlets = List.copyOf(outlets);
    }

    /**
     * These facts with the run's values of the article: facts read where the article is, before
     * the run's order, stories and copies are known, completed where they are.
     */
    public SourceFacts withRun(int rank, Integer story, String original) {
      return new SourceFacts(article, quotes, outlets, rank, story, original);
    }
  }

  /**
   * The source facts of {@code article}: its statements {@code quotes}, its linked entity
   * mentions {@code mentions} (of which the outlets are kept), its {@code rank}, story number
   * and original (nullable). Of the article only what the sources read is kept: its id, outlet,
   * source line, URL and date.
   */
  public static SourceFacts facts(Article article, List<Quote> quotes,
      List<EntityMention> mentions, int rank, Integer story, String original) {
    return new SourceFacts(sourceFields(article), quotes,
        TimelineBuilder.outlets(mentions).getOrDefault(article.id(), List.of()), rank, story,
        original);
  }

  /**
   * {@code article} with only what the event steps read of it: its id, document, outlet, source
   * line, language, URL and date (no title, text or segments).
   */
  public static Article sourceFields(Article article) {
    return new Article(article.id(), article.documentId(), null, "", article.outlet(), null,
        null, article.credit(), List.of(), article.language(), article.url(),
        article.published(), List.of());
  }

  /**
   * The event of {@code merged}: {@code articles} the source facts of (at least) its reports'
   * articles and their originals, {@code entities} the run's entities by id, {@code storyIds}
   * story number → story id (at least the story of its first report's article).
   */
  public static Event event(MergedReports merged, Map<String, SourceFacts> articles,
      Map<String, Entity> entities, Map<Integer, String> storyIds) {
    Map<String, Article> byId = new HashMap<>();
    Map<String, List<Quote>> quotes = new HashMap<>();
    Map<String, String> copies = new HashMap<>();
    Map<String, List<EntityMention>> outlets = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    Map<String, Integer> stories = new HashMap<>();
    articles.forEach((id, f) -> {
      byId.put(id, f.article());
      if (!f.quotes().isEmpty()) {
        quotes.put(id, f.quotes());
      }
      if (f.original() != null) {
        copies.put(id, f.original());
      }
      if (!f.outlets().isEmpty()) {
        outlets.put(id, f.outlets());
      }
      rank.put(id, f.rank());
      if (f.story() != null) {
        stories.put(id, f.story());
      }
    });
    TimelineRecall recall = TimelineRecall.none();
    SourceResolver resolver = new SourceResolver(byId, quotes, copies, outlets, recall);
    return TimelineBuilder.event(merged, new EventSources(resolver, rank, recall), resolver,
        new ConflictFinder(), entities, stories, storyIds);
  }

  /**
   * The first key the engine orders a run's events by: the earliest day, {@code "~"} when
   * undated; then (a stable sort) the first report's article id, its offset and the type.
   */
  public static String dayKey(Event e) {
    return TimelineBuilder.dayKey(e);
  }
}
