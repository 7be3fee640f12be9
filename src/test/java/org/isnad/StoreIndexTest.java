package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.model.Analysis;
import org.isnad.store.AnalysisView;
import org.isnad.store.PageRequest;
import org.isnad.store.SearchKind;
import org.isnad.store.SqlStore;
import org.isnad.store.StoreIndex;
import org.isnad.store.StoreView;
import org.isnad.store.search.SearchEntries;
import org.isnad.store.search.SearchEntry;
import org.isnad.store.search.SearchIndex;
import org.isnad.store.search.SearchQuery;
import org.isnad.store.search.SearchReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each add keeps the store's search index ({@code DIR/index}) equal to its case at its version;
 * an index behind the store (deleted, or an add killed between the store's commit and the
 * index's) is completed by the next add or by serve's start, and searched meanwhile as the scan
 * would.
 */
@Timeout(180)
class StoreIndexTest {
  private static final Isnad ENGINE = Isnad.with(2, StoreCorpus.FIXED);

  @Test
  void eachAddBringsTheIndexToTheStoresVersion(@TempDir Path store) throws IOException {
    List<String> seeds = seeds();
    ENGINE.add(store, seeds.subList(0, 3), ProgressListener.NONE);
    assertIndexed(store);
    ENGINE.add(store, seeds.subList(3, seeds.size()), ProgressListener.NONE);
    assertIndexed(store);
    // the view answers from the index: its hits, in its order
    try (StoreView view = StoreView.open(store);
        SearchReader reader = SearchReader.open(StoreIndex.of(store))) {
      List<String> viewed = view.search("الاسد", SearchKind.ALL, new PageRequest(0, 100))
          .items().stream().map(h -> h.id()).toList();
      assertTrue(!viewed.isEmpty());
      assertEquals(reader.search(SearchQuery.of("الاسد").page(0, 100)).hits().stream()
          .map(h -> h.id()).toList(), viewed);
    }
  }

  /**
   * A server's adds (the case kept in memory) tell the index what changed from the rows they
   * kept, without the store's snapshot: the index is exact after each.
   */
  @Test
  void aServersAddsKeepTheIndexExactFromTheRowsTheyKept(@TempDir Path store,
      @TempDir Path in) throws IOException {
    List<String> files = StoreCorpus.write(in);
    int third = files.size() / 3;
    ResidentCase resident = ResidentCase.kept();
    for (List<String> batch : List.of(files.subList(0, third), files.subList(third, 2 * third),
        files.subList(2 * third, files.size()), files.subList(0, 1))) {
      new StoreAdd(ENGINE, store, ProgressListener.NONE).resident(resident).add(batch);
      assertIndexed(store);
    }
    assertTrue(resident.holding());
  }

  @Test
  void aDeletedIndexIsRebuiltWhenServeStarts(@TempDir Path store) throws IOException {
    ENGINE.add(store, seeds(), ProgressListener.NONE);
    deleteTree(StoreIndex.of(store));
    new StoreAdd(ENGINE, store, ProgressListener.NONE).complete();
    assertIndexed(store);
  }

  @Test
  void anAddKilledBeforeTheIndexCommitIsCompletedByTheNext(@TempDir Path store)
      throws IOException {
    List<String> seeds = seeds();
    ENGINE.add(store, seeds.subList(0, 3), ProgressListener.NONE);
    StoreAdd killed = new StoreAdd(ENGINE, store, ProgressListener.NONE)
        .afterLinked(() -> {
          throw new IllegalStateException("killed");
        });
    assertThrows(IllegalStateException.class,
        () -> killed.add(seeds.subList(3, seeds.size())));
    try (SqlStore s = SqlStore.open(store);
        SearchIndex index = SearchIndex.open(StoreIndex.of(store))) {
      assertNotEquals(String.valueOf(s.version()), index.checkpoint(), "the index is behind");
    }
    // meanwhile a search answers from the store's case, not the index's older one
    Analysis stored = storedWithoutIndexing(store);
    try (StoreView view = StoreView.open(store)) {
      for (String q : List.of("الاسد", "قال")) {
        assertEquals(new AnalysisView(stored).search(q, SearchKind.ALL, new PageRequest(0, 100)),
            view.search(q, SearchKind.ALL, new PageRequest(0, 100)), q);
      }
    }
    ENGINE.add(store, seeds.subList(0, 1), ProgressListener.NONE);
    assertIndexed(store);
  }

  /** The store's analysis, read without the facade (which would index it). */
  private static Analysis storedWithoutIndexing(Path store) {
    try (SqlStore s = SqlStore.open(store)) {
      return s.analysis();
    }
  }

  /** The index holds exactly the entries of the store's case, at the store's version. */
  private static void assertIndexed(Path store) throws IOException {
    Analysis analysis = storedWithoutIndexing(store);
    long version;
    try (SqlStore s = SqlStore.open(store)) {
      version = s.version();
    }
    List<SearchEntry> entries = SearchEntries.of(analysis);
    try (SearchIndex index = SearchIndex.open(StoreIndex.of(store))) {
      assertEquals(String.valueOf(version), index.checkpoint());
      assertEquals(entries.size(), index.size());
      for (SearchEntry entry : entries) {
        assertEquals(entry, index.get(entry.id()), entry.id());
      }
    }
  }

  private static List<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples/seeds"))) {
      return files.map(Path::toString).sorted().toList();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
