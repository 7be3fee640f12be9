package org.isnad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.isnad.store.search.SearchEntry.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-only way into an index searches while a writer holds it, sees a new commit after a
 * refresh, answers as the writer does; the writer puts only what changed.
 */
@Timeout(60)
class SearchReaderTest {
  @TempDir
  Path dir;

  private static SearchEntry article(String id, String text) {
    return new SearchEntry(Kind.ARTICLE, id, id, "", text, null, null);
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void aReaderSearchesWhileTheWriterHoldsTheIndexAndSeesItsCommitsAfterARefresh()
      throws IOException {
    Path folder = dir.resolve("index");
    assertNull(SearchReader.open(folder), "no index yet");
    try (SearchIndex writer = SearchIndex.open(folder)) {
      writer.putAll(List.of(article("a1", "قال الرئيس بشار الأسد"), article("a2", "مطر في دمشق")));
      writer.commit("1");
      try (SearchReader reader = SearchReader.open(folder)) {
        assertEquals("1", reader.checkpoint());
        SearchQuery asked = SearchQuery.of("الاسد");
        assertEquals(unscored(writer.search(asked)), unscored(reader.search(asked)));
        assertEquals(List.of("a1"), ids(reader.search(asked)));
        writer.put(article("a3", "وصل للأسد خبر"));
        writer.delete("a1");
        assertFalse(reader.refresh(), "nothing committed");
        writer.commit("2");
        assertEquals(List.of("a1"), ids(reader.search(asked)), "the commit it opened");
        assertTrue(reader.refresh());
        assertEquals("2", reader.checkpoint());
        assertEquals(List.of("a3"), ids(reader.search(asked)));
        assertEquals(unscored(writer.search(asked)), unscored(reader.search(asked)));
      }
    }
  }

  @Test
  void withoutSnippetsTheSameHitsComeInTheSameOrderWithNoSnippet() throws IOException {
    Path folder = dir.resolve("index");
    try (SearchIndex writer = SearchIndex.open(folder)) {
      writer.putAll(List.of(article("a1", "قال الرئيس بشار الأسد"), article("a2", "مطر في دمشق"),
          article("a3", "وصل للأسد خبر من دمشق"), article("a4", "أسد في حديقة")));
      writer.commit("1");
    }
    try (SearchReader reader = SearchReader.open(folder)) {
      for (String q : List.of("الاسد", "دمشق", "اسد", "لا شيء")) {
        SearchResults full = reader.search(SearchQuery.of(q));
        SearchResults bare = reader.searchWithoutSnippets(SearchQuery.of(q));
        assertEquals(full.total(), bare.total(), q);
        assertEquals(ids(full), ids(bare), q);
        for (SearchHit h : bare.hits()) {
          assertEquals(List.of(), h.text(), q);
          assertEquals("", h.title().text(), q);
        }
      }
      assertFalse(reader.search(SearchQuery.of("دمشق")).hits().get(0).text().isEmpty());
    }
  }

  @Test
  void replacingPutsOnlyWhatIsNewOrChangedAndDeletesWhatIsGone() throws IOException {
    try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
      List<SearchEntry> first = List.of(article("a1", "واحد"), article("a2", "اثنان"),
          article("a3", "ثلاثة"));
      assertEquals(new SearchIndex.Changes(3, 0), index.replaceWith(first));
      index.commit("1");
      assertEquals(new SearchIndex.Changes(0, 0), index.replaceWith(first));
      List<SearchEntry> second = List.of(article("a1", "واحد"), article("a2", "اثنان معدل"),
          article("a4", "أربعة"));
      assertEquals(new SearchIndex.Changes(2, 1), index.replaceWith(second));
      index.commit("2");
      assertEquals(3, index.size());
      for (SearchEntry e : second) {
        assertEquals(e, index.get(e.id()));
      }
      assertNull(index.get("a3"));
      assertThrows(IllegalArgumentException.class,
          () -> index.replaceWith(List.of(article("a1", "x"), article("a1", "y"))));
    }
  }

  /**
   * The results with every score set to 0: a score depends on the segments a searcher sees
   * (a deleted entry counts in term statistics until a background merge drops it), which the
   * writer's and the reader's searchers may see at different moments of a merge, so only the
   * hits, their order and their snippets are compared.
   */
  private static SearchResults unscored(SearchResults results) {
    return new SearchResults(results.total(), results.offset(), results.limit(),
        results.hits().stream().map(h -> new SearchHit(h.kind(), h.id(), h.articleId(),
            h.outlet(), h.day(), 0f, h.title(), h.text())).toList());
  }
}
