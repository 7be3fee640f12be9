package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Quote;
import org.isnad.model.Timeline;
import org.junit.jupiter.api.Test;

/**
 * The public seams a distributed run merges blocks and makes events through
 * ({@link EventBlocks}, {@link EventAssembly}), each block and each event given only what it
 * reads of the run, give the events of {@link TimelineBuilder#build} on the sample pages.
 */
class EventBlocksTest {
  @Test
  void blocksMergedAloneAndEventsMadeAloneAreTheTimelinesEvents() {
    Analysis analysis = Isnad.with(2, Clock.systemUTC()).analyze(List.of("samples/seeds"),
        ProgressListener.NONE);
    List<AnnotatedArticle> linked = analysis.annotated().stream()
        .flatMap(d -> d.articles().stream()).toList();
    List<Article> articles = linked.stream().map(AnnotatedArticle::article).toList();
    List<EntityMention> mentions = linked.stream().flatMap(a -> a.mentions().stream()).toList();
    List<EventMention> reports = linked.stream().flatMap(a -> a.events().stream()).toList();
    List<Quote> quotes = linked.stream().flatMap(a -> a.quotes().stream()).toList();
    TimelineBuilder builder = new TimelineBuilder();
    TimelineBuilder.Stories stories = builder.stories(articles, mentions, analysis.entities());
    Timeline engine = builder.build(stories, new TimelineBuilder.Input(articles, reports, quotes,
        mentions, analysis.entities()));
    assertTrue(engine.events().size() > 50, "the seeds' events");
    assertEquals(engine.events(), events(linked, stories, analysis));
  }

  /** The events made block by block and event by event, in the engine's order. */
  private static List<Event> events(List<AnnotatedArticle> linked,
      TimelineBuilder.Stories stories, Analysis analysis) {
    EventBlocks.Names names = new EventBlocks.Names(analysis.entities());
    Map<String, Integer> story = stories.storyNumbers();
    Map<String, String> copies = stories.copies();
    Map<String, EventBlocks.ArticleFacts> facts = new HashMap<>();
    Map<String, EventAssembly.SourceFacts> sources = new HashMap<>();
    Map<String, Integer> postings = new HashMap<>();
    Set<String> places = new HashSet<>();
    for (AnnotatedArticle a : linked) {
      String id = a.article().id();
      facts.put(id, EventBlocks.facts(a.article(), a.events(), story.get(id), copies.get(id)));
      sources.put(id, EventAssembly.facts(a.article(), a.quotes(), a.mentions(),
          stories.ranks().get(id), story.get(id), copies.get(id)));
      names.specific(a.mentions()).forEach(n -> postings.merge(n, 1, Integer::sum));
      places.addAll(EventBlocks.Names.places(a.mentions()));
    }
    Set<String> frequent = new HashSet<>();
    postings.forEach((n, c) -> {
      if (EventBlocks.frequent(c, linked.size())) {
        frequent.add(n);
      }
    });
    Map<Integer, Set<String>> protagonists = protagonists(linked, names, story, places);
    Map<String, List<EventMention>> blocks = new LinkedHashMap<>();
    EventBlocks.inReportOrder(linked.stream().flatMap(a -> a.events().stream()).toList(), copies)
        .forEach(m -> blocks.computeIfAbsent(EventBlocks.key(m), k -> new ArrayList<>()).add(m));
    Map<Integer, String> storyIds = TimelineBuilder.storyIds(story);
    List<Event> events = new ArrayList<>();
    for (List<EventMention> block : blocks.values()) {
      for (MergedReports merged : EventBlocks.merge(block, facts, names, frequent,
          protagonists)) {
        events.add(EventAssembly.event(merged, sources, names.entities(), storyIds));
      }
    }
    events.sort(Comparator.comparing(EventAssembly::dayKey)
        .thenComparing(e -> e.reports().get(0).articleId())
        .thenComparingInt(e -> e.reports().get(0).start()).thenComparing(Event::type));
    return events;
  }

  private static Map<Integer, Set<String>> protagonists(List<AnnotatedArticle> linked,
      EventBlocks.Names names, Map<String, Integer> story, Set<String> places) {
    Map<Integer, Map<String, Integer>> counts = new HashMap<>();
    Map<Integer, Integer> sizes = new HashMap<>();
    for (AnnotatedArticle a : linked) {
      Integer s = story.get(a.article().id());
      sizes.merge(s, 1, Integer::sum);
      Map<String, Integer> c = counts.computeIfAbsent(s, k -> new HashMap<>());
      names.specific(a.mentions()).stream().filter(n -> !places.contains(n))
          .forEach(n -> c.merge(n, 1, Integer::sum));
    }
    Map<Integer, Set<String>> out = new HashMap<>();
    counts.forEach((s, c) -> out.put(s, EventBlocks.protagonists(c, sizes.get(s))));
    return out;
  }
}
