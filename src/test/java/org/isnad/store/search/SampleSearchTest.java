package org.isnad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.isnad.store.search.SearchEntry.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The articles, statements and events of the sample corpus (samples/seeds) indexed and searched
 * for «الاسد» as a user types it: every kind is found, and each mark is a written form of the
 * name (with its hamza, clitics or punctuation around it) at its place in the entry's text.
 */
class SampleSearchTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);

  @Test
  @Timeout(120)
  void theSampleCorpusIsSearchableForTheBareName(@TempDir Path dir) throws IOException {
    Analysis analysis = Isnad.with(2, FIXED).analyze(List.of("samples/seeds"),
        ProgressListener.NONE);
    List<SearchEntry> entries = SearchEntries.of(analysis);
    assertEquals(analysis.articles().size() + analysis.quotes().size()
        + analysis.timeline().events().size(), entries.size());
    try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
      index.putAll(entries);
      index.commit();
      assertEquals(entries.size(), index.size());
      for (Kind kind : Kind.values()) {
        SearchResults found = index.search(SearchQuery.of("الاسد").withKinds(Set.of(kind)));
        assertTrue(found.total() > 0, kind + " hits for الاسد");
        found.hits().forEach(hit -> checkMarks(index, hit));
      }
      SearchResults articles = index.search(SearchQuery.of("الاسد")
          .withKinds(Set.of(Kind.ARTICLE)));
      long withTheName = analysis.articles().stream()
          .filter(a -> LetterFold.normalize(a.text()).contains("الاسد")).count();
      assertTrue(withTheName > 0 && articles.total() >= withTheName,
          articles.total() + " hits, " + withTheName + " articles with the name");
    }
  }

  private static void checkMarks(SearchIndex index, SearchHit hit) {
    try {
      String text = index.get(hit.id()).text();
      assertFalse(hit.text().isEmpty(), hit.id());
      for (Snippet snippet : hit.text()) {
        assertEquals(snippet.text(), text.substring(snippet.start(),
            snippet.start() + snippet.text().length()));
        for (String marked : snippet.marked()) {
          assertTrue(LetterFold.normalize(marked).contains("اسد"), hit.id() + ": " + marked);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
