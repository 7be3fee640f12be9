package org.isnad.timeline;

import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Properties of the timeline on the sample corpus: it does not depend on the order of its inputs,
 * and a copy of an article adds reports but never independent sources.
 */
class TimelinePropertiesTest {
  private static final long SEED = 20261123L;
  private static Analysis analysis;
  private static TimelineBuilder.Input input;

  @BeforeAll
  static void analyseSamples() {
    Isnad isnad = Isnad.with(2, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
        ZoneOffset.UTC));
    analysis = isnad.analyze(List.of("samples/seeds"), ProgressListener.NONE);
    input = new TimelineBuilder.Input(analysis.articles(), analysis.timeline().mentions(),
        analysis.quotes(), analysis.mentions(), analysis.entities());
  }

  @Test
  void noEventOfTheSamplesCountsMoreSourcesThanSitesOrClaimsAnUnsupportedDate() {
    Map<String, Article> byId = new java.util.HashMap<>();
    analysis.articles().forEach(a -> byId.put(a.id(), a));
    for (Event e : analysis.timeline().events()) {
      long sites = e.reports().stream().map(r -> byId.get(r.articleId()))
          .map(a -> a.outlet() != null ? a.outlet() : a.id()).distinct().count();
      assertTrue(e.independent() <= sites, e.id() + " counts " + e.independent()
          + " sources from " + sites + " sites");
    }
    assertTrue(analysis.timeline().stories().size() >= 2, "the explosion is a story apart");
    assertTrue(analysis.articles().stream().noneMatch(a -> a.published().basis()
        == org.isnad.model.Basis.CORPUS), "the sample pages prove no publication date");
  }

  /** A fixed seed per repetition: each repetition shuffles differently, every run the same. */
  static long seed(int repetition) {
    return SEED + 7919L * repetition;
  }

  @RepeatedTest(5)
  void theTimelineDoesNotDependOnInputOrder(RepetitionInfo repetition) {
    long seed = seed(repetition.getCurrentRepetition());
    Random random = new Random(seed);
    Timeline expected = new TimelineBuilder().build(input);
    boolean reordered = false;
    for (int round = 0; round < 3; round++) {
      int r = round;
      List<Article> articles = new ArrayList<>(input.articles());
      List<EventMention> mentions = new ArrayList<>(input.mentions());
      Collections.shuffle(articles, random);
      Collections.shuffle(mentions, random);
      reordered |= !articles.equals(input.articles()) || !mentions.equals(input.mentions());
      Timeline shuffled = new TimelineBuilder().build(new TimelineBuilder.Input(articles,
          mentions, input.quotes(), input.entityMentions(), input.entities()));
      assertEquals(expected.events(), shuffled.events(),
          () -> "events depend on input order (seed " + seed + ", round " + r + ")");
      assertEquals(expected.stories(), shuffled.stories(),
          () -> "stories depend on input order (seed " + seed + ", round " + r + ")");
    }
    assertTrue(reordered, "seed " + seed + " never changed the order: nothing was checked");
  }

  @Test
  void aCopyOfAnArticleAddsReportsButNoIndependentSource() {
    Article original = input.articles().stream()
        .filter(a -> input.mentions().stream().filter(m -> m.articleId().equals(a.id()))
            .count() > 5)
        .findFirst().orElseThrow();
    Article copy = ArticleBuilder.text(original.text()).id("00-copy-a1").document("00-copy")
        .title(original.title()).outlet("نسخة").published(null).build();
    // "00-…" sorts before every id, so with no dates the copy may be taken for the original:
    // either way the two count as one source.
    List<EventMention> copied = input.mentions().stream()
        .filter(m -> m.articleId().equals(original.id()))
        .map(m -> new EventMention(m.id().replace(original.id(), copy.id()), copy.id(), m.type(),
            m.trigger(), m.triggerStart(), m.triggerEnd(), m.start(), m.end(), m.sentence(),
            m.modality(), m.when(), m.timex(), m.whenBasis(), m.actors(), m.places(), m.count(),
            m.problem()))
        .toList();
    List<Article> articles = new ArrayList<>(input.articles());
    articles.add(copy);
    List<EventMention> mentions = new ArrayList<>(input.mentions());
    mentions.addAll(copied);
    Timeline before = new TimelineBuilder().build(input);
    Timeline after = new TimelineBuilder().build(new TimelineBuilder.Input(articles, mentions,
        input.quotes(), input.entityMentions(), input.entities()));
    assertTrue(original.id().equals(after.copies().get(copy.id()))
        || copy.id().equals(after.copies().get(original.id())), "the copy is not recognised");
    assertEquals(before.events().size(), after.events().size());
    int reportsBefore = 0;
    int reportsAfter = 0;
    for (int i = 0; i < before.events().size(); i++) {
      Event b = before.events().get(i);
      Event a = after.events().get(i);
      assertEquals(b.independent(), a.independent(), () -> "sources changed for " + b.summary());
      reportsBefore += b.reports().size();
      reportsAfter += a.reports().size();
    }
    assertEquals(reportsBefore + copied.size(), reportsAfter);
  }
}
