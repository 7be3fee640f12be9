package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.isnad.model.Article;
import org.isnad.model.Timeline;

/**
 * The timeline built with one recall over successive linkings of the sample corpus (a case that
 * grows and shrinks by whole articles, as a store does, then the whole corpus twice) equals the
 * timeline built without recall, every time.
 */
class TimelineRecallPropertyTest {
  private static TimelineBuilder.Input samples;

  private static synchronized TimelineBuilder.Input samples() {
    if (samples == null) {
      Analysis analysis = Isnad.with(2, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
          ZoneOffset.UTC)).analyze(List.of("samples/seeds"), ProgressListener.NONE);
      samples = new TimelineBuilder.Input(analysis.articles(), analysis.timeline().mentions(),
          analysis.quotes(), analysis.mentions(), analysis.entities());
    }
    return samples;
  }

  /** The sample corpus without the articles of {@code dropped} (indexes into its articles). */
  private static TimelineBuilder.Input without(TimelineBuilder.Input all, Set<Integer> dropped) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < all.articles().size(); i++) {
      if (!dropped.contains(i)) {
        articles.add(all.articles().get(i));
      }
    }
    Set<String> ids = articles.stream().map(Article::id).collect(Collectors.toSet());
    return new TimelineBuilder.Input(articles,
        all.mentions().stream().filter(m -> ids.contains(m.articleId())).toList(),
        all.quotes().stream().filter(q -> ids.contains(q.articleId())).toList(),
        all.entityMentions().stream().filter(m -> ids.contains(m.articleId())).toList(),
        all.entities());
  }

  private static Timeline built(TimelineBuilder builder, TimelineBuilder.Input input) {
    return builder.build(builder.stories(input.articles(), input.entityMentions(),
        input.entities()), input);
  }

  @Provide
  Arbitrary<List<Set<Integer>>> linkings() {
    int n = samples().articles().size();
    return Arbitraries.integers().between(0, n - 1).set().ofMaxSize(Math.max(1, n / 2))
        .list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 12, seed = "20261207")
  void aRecalledTimelineEqualsOneBuiltWithoutRecall(
      @ForAll("linkings") List<Set<Integer>> dropped) {
    TimelineBuilder.Input all = samples();
    assertTrue(all.mentions().size() > 20, "the samples give too few reports to check");
    TimelineRecall recall = TimelineRecall.kept();
    List<TimelineBuilder.Input> linkings = new ArrayList<>();
    dropped.forEach(d -> linkings.add(without(all, d)));
    linkings.add(all);
    linkings.add(all);
    for (TimelineBuilder.Input input : linkings) {
      Timeline plain = built(new TimelineBuilder(), input);
      Timeline recalled = built(new TimelineBuilder(text -> null, recall.next()), input);
      assertEquals(plain, recalled, () -> "dropped " + dropped);
    }
    assertTrue(recall.size() > 0, "nothing was kept: nothing was recalled");
  }
}
