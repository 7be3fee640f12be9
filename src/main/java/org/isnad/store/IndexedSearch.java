package org.isnad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Event;
import org.isnad.model.Report;
import org.isnad.store.CaseView.SearchHit;
import org.isnad.store.CaseView.Span;
import org.isnad.store.CaseView.StatementRef;
import org.isnad.store.search.SearchEntry;
import org.isnad.store.search.SearchQuery;
import org.isnad.store.search.SearchReader;
import org.isnad.store.search.SearchResults;
import org.isnad.store.search.Snippet;

/**
 * A store's search through its Lucene index ({@link StoreIndex}), read-only: answers only when
 * the index's checkpoint is the store's version (else {@link #search} returns null and the
 * caller scans), so a search never shows what the store no longer holds. Hits are told as
 * {@link SearchHit}s: where a statement or an event's first report stands is read from the
 * store; the snippet is the index's passages, joined by an ellipsis, with the matches as code
 * point spans. Not thread safe: {@link StoreView} serialises calls.
 */
final class IndexedSearch implements AutoCloseable {
  private static final String GAP = " \u2026 ";
  private final Path folder;
  private final SqliteStore store;
  private final StoreLookup lookup;
  private SearchReader reader;

  IndexedSearch(Path dir, SqliteStore store, StoreLookup lookup) {
    this.folder = StoreIndex.of(dir);
    this.store = store;
    this.lookup = lookup;
  }

  /** One page of hits, best first; null when the index is missing or behind the store. */
  Page<SearchHit> search(String query, SearchKind kind, PageRequest page) {
    try {
      if (!current()) {
        return null;
      }
      SearchQuery asked = new SearchQuery(query, kinds(kind), null, null, null, page.offset(),
          page.limit());
      SearchResults found = reader.search(asked);
      return new Page<>(hits(found.hits()), found.total(), page.offset(), page.limit());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index in " + folder, e);
    }
  }

  private boolean current() throws IOException {
    if (reader == null) {
      reader = SearchReader.open(folder);
      if (reader == null) {
        return false;
      }
    }
    String version = String.valueOf(store.version());
    if (!version.equals(reader.checkpoint())) {
      reader.refresh();
    }
    return version.equals(reader.checkpoint());
  }

  private static Set<SearchEntry.Kind> kinds(SearchKind kind) {
    return switch (kind) {
      case ARTICLES -> Set.of(SearchEntry.Kind.ARTICLE);
      case STATEMENTS -> Set.of(SearchEntry.Kind.STATEMENT);
      case EVENTS -> Set.of(SearchEntry.Kind.EVENT);
      default -> Set.of();
    };
  }

  private List<SearchHit> hits(List<org.isnad.store.search.SearchHit> found) {
    Map<String, StatementRef> statements = statements(found.stream()
        .filter(h -> h.kind() == SearchEntry.Kind.STATEMENT).map(h -> h.id()).toList());
    List<SearchHit> out = new ArrayList<>();
    for (org.isnad.store.search.SearchHit h : found) {
      out.add(switch (h.kind()) {
        case ARTICLE -> hit("article", h, null, null, lookup.articleRef(h.id()).title());
        case STATEMENT -> statement(h, statements.get(h.id()));
        default -> event(h);
      });
    }
    return out;
  }

  private SearchHit statement(org.isnad.store.search.SearchHit h, StatementRef s) {
    return hit("statement", h, s == null ? null : s.start(), s == null ? null : s.end(),
        lookup.articleRef(h.articleId()).title());
  }

  private SearchHit event(org.isnad.store.search.SearchHit h) {
    Event e = store.event(h.id()).orElse(null);
    Report first = e == null || e.reports().isEmpty() ? null : e.reports().get(0);
    return hit("event", h, first == null ? null : first.start(),
        first == null ? null : first.end(), h.title().text());
  }

  private static SearchHit hit(String kind, org.isnad.store.search.SearchHit h, Integer start,
      Integer end, String title) {
    List<Snippet> parts = h.text().stream().anyMatch(s -> !s.marks().isEmpty())
        || h.title().marks().isEmpty() ? h.text() : List.of(h.title());
    StringBuilder text = new StringBuilder();
    List<Span> marks = new ArrayList<>();
    for (Snippet part : parts) {
      if (text.length() > 0) {
        text.append(GAP);
      }
      int base = text.codePointCount(0, text.length());
      for (Snippet.Mark m : part.marks()) {
        marks.add(new Span(base + part.text().codePointCount(0, m.start()),
            base + part.text().codePointCount(0, m.end()), "match", null, null));
      }
      text.append(part.text());
    }
    return new SearchHit(kind, h.id(), h.articleId(), start, end, title, text.toString(), marks);
  }

  /** The statements with {@code ids}, by id, read in one query. */
  private Map<String, StatementRef> statements(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    String sql = "SELECT json FROM statements WHERE id IN ("
        + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
    Map<String, StatementRef> out = new HashMap<>();
    store.call(() -> store.queries().texts(sql, ids.toArray())).forEach(json -> {
      StatementRef s = ModelJson.read(json, StatementRef.class);
      out.put(s.id(), s);
    });
    return out;
  }

  @Override
  public void close() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
