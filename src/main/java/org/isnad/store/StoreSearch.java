package org.isnad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.model.Event;
import org.isnad.store.CaseView.SearchHit;
import org.isnad.store.CaseView.StatementRef;
import org.isnad.store.search.SearchEntries;
import org.isnad.store.search.SearchReader;

/**
 * A store's search ({@link IndexedSearch}) through its Lucene index ({@link StoreIndex}), read
 * without its write lock and moved to the newest commit when the store's version changed. While
 * the index is missing or behind the store (deleted, or an add killed between the store's commit
 * and the index's) it searches an index built in memory from the store's analysis instead, read
 * once per store version, so a search never answers from a case the store no longer holds and
 * answers alike both ways. Where hits stand is read from the store. Not thread safe:
 * {@link StoreView} serialises calls.
 */
final class StoreSearch implements AutoCloseable, IndexedSearch.Places {
  private final Path folder;
  private final SqlStore store;
  private final StoreLookup lookup;
  private final Fallback fallback;
  private SearchReader onDisk;

  StoreSearch(Path dir, SqlStore store, StoreLookup lookup, Fallback fallback) {
    this.folder = StoreIndex.of(dir);
    this.store = store;
    this.lookup = lookup;
    this.fallback = fallback;
  }

  /**
   * The index in memory of a store's analysis at one version, shared by the views of one store
   * so that it is built once however many connections search. Thread safe. A reader it replaces
   * is not closed (a search may still be reading it); it lives on the heap only.
   */
  static final class Fallback {
    private SearchReader reader;
    private long version = -1;

    synchronized SearchReader reader(long wanted, SqlStore store) {
      if (reader == null || version != wanted) {
        reader = SearchReader.of(SearchEntries.of(store.analysis()));
        version = wanted;
      }
      return reader;
    }
  }

  Fallback fallback() {
    return fallback;
  }

  /** One page of hits, best first. */
  Page<SearchHit> search(String query, SearchKind kind, PageRequest page) {
    try {
      long version = store.version();
      SearchReader reader = current(version) ? onDisk : fallback.reader(version, store);
      return IndexedSearch.search(reader, this, query, kind, page);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index in " + folder, e);
    }
  }

  /** Whether the index on disk holds the store's version (moved to its newest commit). */
  private boolean current(long version) throws IOException {
    if (onDisk == null) {
      onDisk = SearchReader.open(folder);
      if (onDisk == null) {
        return false;
      }
    }
    String wanted = String.valueOf(version);
    if (!wanted.equals(onDisk.checkpoint())) {
      onDisk.refresh();
    }
    return wanted.equals(onDisk.checkpoint());
  }

  @Override
  public String articleTitle(String id) {
    return lookup.articleRef(id).title();
  }

  /** The statements with {@code ids}, by id, read in one query. */
  @Override
  public Map<String, StatementRef> statements(List<String> ids) {
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
  public Optional<Event> event(String id) {
    return store.event(id);
  }

  @Override
  public void close() {
    try {
      if (onDisk != null) {
        onDisk.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
