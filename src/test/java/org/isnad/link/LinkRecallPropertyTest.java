package org.isnad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.EntityMention;

/**
 * Linking with one recall over several linkings equals linking without it: the sample corpus's
 * mentions (as the engine annotates and links them), in rounds that each drop some articles and
 * some mentions, as a case that grows and changes between the uploads of a running server.
 */
class LinkRecallPropertyTest {
  private static final Map<String, List<EntityMention>> SAMPLES = samples();

  private static Map<String, List<EntityMention>> samples() {
    Map<String, List<EntityMention>> byArticle = new TreeMap<>();
    Isnad.with(2, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .analyze(List.of("samples/seeds"), ProgressListener.NONE).annotated().stream()
        .flatMap(d -> d.articles().stream())
        .forEach((AnnotatedArticle a) -> byArticle.put(a.id(), a.mentions()));
    return byArticle;
  }

  /** A round: for each sample article, whether it is in, and which of its mentions to drop. */
  record Round(List<Boolean> in, List<Integer> drop) {}

  @Provide
  Arbitrary<List<Round>> rounds() {
    int n = SAMPLES.size();
    Arbitrary<Round> round = Arbitraries.integers().between(0, 9).list().ofSize(n)
        .flatMap(drop -> Arbitraries.of(true, true, false).list().ofSize(n)
            .map(in -> new Round(in, drop)));
    return round.list().ofMinSize(2).ofMaxSize(4);
  }

  @Property(tries = 12, seed = "20261207")
  void linkingWithOneRecallEqualsLinkingWithout(@ForAll("rounds") List<Round> rounds) {
    LinkRecall recall = LinkRecall.kept();
    for (Round round : rounds) {
      Map<String, List<EntityMention>> in = in(round);
      assertEquals(new EntityLinker().link(in), new EntityLinker(recall).link(in));
    }
  }

  @Example
  void theSamplesLinkedTwiceWithOneRecallEqualTheSamplesLinkedWithout() {
    LinkRecall recall = LinkRecall.kept();
    EntityLinker.Linked without = new EntityLinker().link(SAMPLES);
    assertEquals(without, new EntityLinker(recall).link(SAMPLES));
    EntityLinker again = new EntityLinker(recall);
    assertEquals(without, again.link(SAMPLES));
    assertEquals(0, again.comparisons());
  }

  /** The round's articles, each without its mentions at the places {@code drop} names. */
  private static Map<String, List<EntityMention>> in(Round round) {
    Map<String, List<EntityMention>> in = new TreeMap<>();
    int i = 0;
    for (Map.Entry<String, List<EntityMention>> article : SAMPLES.entrySet()) {
      if (round.in().get(i)) {
        List<EntityMention> kept = new ArrayList<>(article.getValue());
        int drop = round.drop().get(i);
        // 0 keeps every mention; k drops every mention at a place k apart from the k-th
        for (int at = kept.size() - 1; drop > 0 && at >= 0; at--) {
          if (at % (drop + 3) == drop) {
            kept.remove(at);
          }
        }
        in.put(article.getKey(), List.copyOf(kept));
      }
      i++;
    }
    return in;
  }
}
