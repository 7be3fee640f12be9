package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Event;
import org.isnad.model.Story;
import org.isnad.model.Timeline;
import org.isnad.store.search.SearchEntries;
import org.isnad.store.search.SearchEntry;
import org.isnad.store.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server writes each linking from the rows it kept of the last one ({@link RowDigests}): the
 * derived tables then hold exactly what a store that saw only that linking holds, also when a
 * statement, an entity and a story vanish and come back.
 */
class KeptRowsTest {
  /** Tables the linking writes; the marks (version) and the schema's own are not compared. */
  private static final List<String> SKIPPED = List.of("marks", "schema_version");

  /** The contested case without its statement and its minister, its event and story renamed. */
  private static Analysis fewer(Analysis a) {
    Timeline t = a.timeline();
    List<Event> events = t.events().stream().map(e -> new Event(e.id() + "-2", e.type(), e.summary(),
        e.modality(), e.when(), e.earliest(), e.latest(), e.actors(), e.places(), e.reports(),
        e.independent(), e.status(), e.conflicts(), "s2", e.basis(), e.agents())).toList();
    Story s = t.stories().get(0);
    Timeline fewer = new Timeline(t.mentions(), events, List.of(new Story("s2", s.title(),
        s.articles(), events.stream().map(Event::id).toList())), t.copies(), Map.of("d1-a1", "s2", "d2-a1", "s2"),
        t.published());
    List<AnnotatedDocument> quiet = a.annotated().stream().map(d -> d.withArticles(
        d.articles().stream().map(x -> x.withQuotes(List.of())).toList())).toList();
    return new Analysis(a.generatedAt(), quiet,
        a.entities().stream().filter(e -> !e.id().equals("e-minister")).toList(), fewer,
        a.skipped());
  }

  @Test
  void keptRowsWriteWhatAFreshStoreWrites(@TempDir Path dir) throws Exception {
    Analysis all = ContestedCase.build();
    Analysis fewer = fewer(all);
    assertNotEquals(tables(written(dir.resolve("all"), all)),
        tables(written(dir.resolve("fewer"), fewer)));
    RowDigests kept = RowDigests.kept();
    Path server = dir.resolve("server");
    for (Analysis linking : List.of(all, fewer, all, fewer)) {
      try (SqlStore store = SqlStore.open(server)) {
        store.linked(linking, Map.of(), kept);
      }
      assertEquals(tables(dir.resolve(linking == all ? "all" : "fewer")), tables(server));
    }
    assertFalse(tables(dir.resolve("all")).get("statements").isEmpty());
    assertEquals(List.of(), tables(dir.resolve("fewer")).get("statements"));
  }

  /**
   * The rows kept also tell the search index what a linking changed: after each linking the index
   * holds exactly the case's entries (the statement and the event that vanish are deleted).
   */
  @Test
  void keptRowsTellTheIndexWhatChanged(@TempDir Path dir) throws Exception {
    Analysis all = ContestedCase.build();
    RowDigests kept = RowDigests.kept();
    for (Analysis linking : List.of(all, fewer(all), all, fewer(all))) {
      try (SqlStore store = SqlStore.open(dir)) {
        StoreIndex.Before before = StoreIndex.before(store, kept);
        store.linked(linking, Map.of(), kept);
        StoreIndex.update(dir, store, linking, before);
      }
      List<SearchEntry> entries = SearchEntries.of(linking);
      try (SearchIndex index = SearchIndex.open(StoreIndex.of(dir))) {
        assertEquals(entries.size(), index.size());
        for (SearchEntry entry : entries) {
          assertEquals(entry, index.get(entry.id()), entry.id());
        }
      }
    }
    assertNotEquals(null, kept.table("events"), "the last linkings were told from kept rows");
  }

  private static Path written(Path dir, Analysis analysis) {
    try (SqlStore store = SqlStore.open(dir)) {
      store.linked(analysis, Map.of(), RowDigests.none());
    }
    return dir;
  }

  /** Each table of the store in {@code dir} with its rows, sorted. */
  private static Map<String, List<String>> tables(Path dir) throws SQLException {
    return TableRows.all(dir, SKIPPED);
  }
}
