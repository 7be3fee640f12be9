package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Event;
import org.isnad.model.Modality;
import org.isnad.model.Report;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store-backed view answers every question as the in-memory view over the same case: the
 * timeline under each of the nine filters and their paging, each event, article and entity
 * (with its statement pages), the stories, a search and the audit; on the sample corpus and
 * on the contested case made by hand; on the SQLite store and on the PostgreSQL store.
 */
@Timeout(120)
class StoreViewTest {
  @RegisterExtension
  static final PostgresServer PG = new PostgresServer();
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void theSeedsReadTheSameFromTheStore(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    Analysis seeds = Isnad.with(2, FIXED).analyze(List.of("samples/seeds"),
        ProgressListener.NONE);
    assertAgree(seeds, dir);
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void theContestedCaseReadsTheSameFromTheStore(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    assertAgree(ContestedCase.build(), dir);
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aStoreAddedToThroughTheEngineReadsAsItsAnalysis(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    Isnad engine = Isnad.with(2, FIXED);
    engine.add(dir, List.of("samples/seeds"), ProgressListener.NONE);
    Analysis stored = engine.stored(dir, ProgressListener.NONE);
    try (StoreView view = StoreView.open(dir)) {
      ViewsAgree.check(stored, new AnalysisView(stored), view);
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void severalConnectionsAnswerAsOneEvenAtOnce(StoreKind kind, @TempDir Path temp) throws Exception {
    Path dir = PG.folder(kind, temp);
    Isnad engine = Isnad.with(2, FIXED);
    engine.add(dir, List.of("samples/seeds"), ProgressListener.NONE);
    Analysis stored = engine.stored(dir, ProgressListener.NONE);
    AnalysisView expected = new AnalysisView(stored);
    try (StoreViews views = StoreViews.open(dir, 3)) {
      ViewsAgree.check(stored, expected, views);
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors
          .newFixedThreadPool(6);
      try {
        List<java.util.concurrent.Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          PageRequest page = new PageRequest(i % 7, 5);
          answers.add(pool.submit(() -> expected.events(EventQuery.ALL, page)
              .equals(views.events(EventQuery.ALL, page))
              && expected.search("الاسد", SearchKind.ALL, page)
                  .equals(views.search("الاسد", SearchKind.ALL, page))));
        }
        for (java.util.concurrent.Future<Boolean> answer : answers) {
          assertTrue(answer.get());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void theSearchRouteAnswersAlikeFromMemoryAndFromTheStore(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    Analysis seeds = Isnad.with(2, FIXED).analyze(List.of("samples/seeds"),
        ProgressListener.NONE);
    stored(seeds, dir, true);
    AnalysisView memory = new AnalysisView(seeds);
    try (StoreView view = StoreView.open(dir)) {
      for (String q : List.of("الاسد", "قال", "بشار الاسد", "الأَسَدُ")) {
        Page<CaseView.SearchHit> found = memory.search(q, SearchKind.ALL,
            new PageRequest(0, 100));
        assertTrue(found.total() > 0, q + " is in the seeds");
        assertEquals(found, view.search(q, SearchKind.ALL, new PageRequest(0, 100)), q);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void withoutItsIndexAStoreSearchesAsItsAnalysisDoes(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    Analysis seeds = Isnad.with(2, FIXED).analyze(List.of("samples/seeds"),
        ProgressListener.NONE);
    stored(seeds, dir, false);
    AnalysisView expected = new AnalysisView(seeds);
    try (StoreView view = StoreView.open(dir)) {
      for (String q : List.of("الاسد", "قال")) {
        assertEquals(expected.search(q, SearchKind.ALL, new PageRequest(0, 100)),
            view.search(q, SearchKind.ALL, new PageRequest(0, 100)), q);
      }
    }
  }

  private static void assertAgree(Analysis analysis, Path dir) {
    stored(analysis, dir, true);
    try (StoreView view = StoreView.open(dir)) {
      ViewsAgree.check(analysis, new AnalysisView(analysis), view);
    }
  }

  /** Stores {@code analysis} in {@code dir} as an add would, with its search index or not. */
  private static void stored(Analysis analysis, Path dir, boolean indexed) {
    try (SqlStore store = SqlStore.open(dir)) {
      try (Store.Intake intake = store.intake()) {
        analysis.annotated().forEach(d -> intake.add(d.document()));
        intake.commit(Map.of(), Set.of(), List.of());
      }
      store.settle(analysis.annotated().stream().map(d -> new Store.Settled(d, Set.of()))
          .toList());
      store.linked(analysis);
      if (indexed) {
        StoreIndex.update(dir, store, () -> analysis);
      }
    }
  }

  /** Every route of two views over {@code analysis}, compared. */
  static final class ViewsAgree {
    private ViewsAgree() { }

    static void check(Analysis analysis, CaseView expected, CaseView actual) {
      List<Event> events = analysis.timeline().events();
      assertTrue(!events.isEmpty(), "a case with events");
      for (EventQuery q : queries(analysis)) {
        assertEquals(expected.events(q, new PageRequest(0, 200)),
            actual.events(q, new PageRequest(0, 200)), q.toString());
        assertEquals(expected.events(q, new PageRequest(1, 3)),
            actual.events(q, new PageRequest(1, 3)), q.toString());
      }
      assertEquals(expected.events(EventQuery.ALL, new PageRequest(10_000, 5)),
          actual.events(EventQuery.ALL, new PageRequest(10_000, 5)));
      events.forEach(e -> assertEquals(expected.event(e.id()), actual.event(e.id())));
      assertEquals(expected.event("e-none"), actual.event("e-none"));
      for (AnnotatedArticle a : analysis.annotatedArticles()) {
        assertEquals(expected.article(a.id()), actual.article(a.id()), a.id());
      }
      assertEquals(expected.article("a-none"), actual.article("a-none"));
      for (Entity e : analysis.entities()) {
        for (PageRequest page : List.of(new PageRequest(0, 200), new PageRequest(1, 2))) {
          assertEquals(expected.entity(e.id(), page), actual.entity(e.id(), page), e.id());
        }
      }
      for (String q : names(analysis)) {
        for (EntityType kind : new EntityType[] {null, EntityType.PERSON, EntityType.PLACE}) {
          for (PageRequest page : List.of(new PageRequest(0, 200), new PageRequest(1, 2))) {
            assertEquals(expected.entities(q, kind, page), actual.entities(q, kind, page),
                q + " " + kind);
          }
        }
      }
      assertEquals(expected.stories(new PageRequest(0, 200)),
          actual.stories(new PageRequest(0, 200)));
      assertEquals(expected.stories(new PageRequest(1, 2)), actual.stories(new PageRequest(1,
          2)));
      for (String q : searches(analysis)) {
        for (SearchKind kind : SearchKind.values()) {
          searchesAgree(expected, actual, q, kind);
        }
      }
      assertEquals(expected.audit(), actual.audit());
      for (PageRequest page : List.of(new PageRequest(0, 200), new PageRequest(1, 1),
          new PageRequest(500, 5))) {
        assertEquals(expected.audit(page), actual.audit(page), page.toString());
      }
      for (org.isnad.model.Story s : analysis.timeline().stories()) {
        for (PageRequest page : List.of(new PageRequest(0, 200), new PageRequest(1, 1),
            new PageRequest(500, 5))) {
          assertEquals(expected.story(s.id(), page), actual.story(s.id(), page), s.id());
        }
      }
      assertEquals(expected.story("s-none", PageRequest.first()),
          actual.story("s-none", PageRequest.first()));
    }

    /**
     * Both views search through the same Lucene analysis and query code, so they give the same
     * hits in the same order, with the same snippets and marks, on every page.
     */
    static void searchesAgree(CaseView expected, CaseView actual, String q, SearchKind kind) {
      Map<String, CaseView.SearchHit> got = allHits(actual, q, kind);
      got.forEach((key, hit) -> assertTrue(!hit.highlights().isEmpty(), "marked: " + hit));
      for (PageRequest page : List.of(new PageRequest(0, 100), new PageRequest(1, 3))) {
        assertEquals(expected.search(q, kind, page), actual.search(q, kind, page),
            q + " " + kind + " " + page);
      }
    }

    /** Every hit of a search, paged through 100 at a time, by kind and id. */
    static Map<String, CaseView.SearchHit> allHits(CaseView view, String q, SearchKind kind) {
      Map<String, CaseView.SearchHit> out = new java.util.HashMap<>();
      for (int offset = 0; ; offset += 100) {
        Page<CaseView.SearchHit> page = view.search(q, kind, new PageRequest(offset, 100));
        page.items().forEach(h -> out.put(h.kind() + " " + h.id(), h));
        if (offset + 100 >= page.total()) {
          assertEquals(page.total(), out.size(), "total of " + q);
          return out;
        }
      }
    }

    /** One query per value of each filter the case holds, a type in lower case, and days. */
    private static List<EventQuery> queries(Analysis analysis) {
      List<EventQuery> out = new ArrayList<>(List.of(EventQuery.ALL));
      Set<String> outlets = new LinkedHashSet<>();
      analysis.annotatedArticles().forEach(a -> outlets.add(a.article().outlet()));
      outlets.remove(null);
      for (Event e : analysis.timeline().events()) {
        out.add(type(e.type()));
        out.add(type(e.type().toLowerCase(Locale.ROOT)));
        e.actors().forEach(a -> out.add(new EventQuery(null, null, null, a, null, null, null,
            null, null)));
        e.places().forEach(p -> out.add(new EventQuery(null, null, null, null, p, null, null,
            null, null)));
        for (Report r : e.reports()) {
          out.add(new EventQuery(null, null, null, null, null, null, r.source(), null, null));
        }
        LocalDate day = EventDays.from(e);
        if (day != null) {
          out.add(new EventQuery(day, day, null, null, null, null, null, null, null));
          out.add(new EventQuery(day, null, null, null, null, null, null, null, null));
          out.add(new EventQuery(null, day, null, null, null, null, null, null, null));
        }
      }
      outlets.forEach(o -> out.add(new EventQuery(null, null, null, null, null, o, null, null,
          null)));
      for (StatusFilter s : StatusFilter.values()) {
        out.add(new EventQuery(null, null, null, null, null, null, null, s, null));
      }
      for (Modality m : Modality.values()) {
        out.add(new EventQuery(null, null, null, null, null, null, null, null, m));
      }
      return List.copyOf(new LinkedHashSet<>(out));
    }

    private static EventQuery type(String type) {
      return new EventQuery(null, null, type, null, null, null, null, null, null);
    }

    /** Names to look entities up by: none, a hamza-less one, the case's own names' words. */
    private static List<String> names(Analysis analysis) {
      List<String> out = new ArrayList<>(java.util.Arrays.asList(null, "الاسد", "nothing-here"));
      analysis.entities().stream().limit(8).map(e -> e.name().split("\\s+")[0])
          .forEach(out::add);
      return out;
    }

    /**
     * Searches: a name without its hamza, a verb that is also inside longer words, two words, a
     * word with diacritics, a quoted phrase, a word not in the case, and the case's own words.
     */
    private static List<String> searches(Analysis analysis) {
      List<String> out = new ArrayList<>(List.of("الاسد", "قال", "nothing-here", "بشار الاسد",
          "الأَسَدُ", "«بشار الأسد»"));
      analysis.annotatedArticles().stream().limit(5).map(a -> a.article().text().split("\\s+"))
          .filter(w -> w.length > 3).forEach(w -> out.add(w[3]));
      return out;
    }
  }
}
