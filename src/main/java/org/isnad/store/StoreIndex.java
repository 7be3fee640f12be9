package org.isnad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.isnad.model.Analysis;
import org.isnad.store.search.SearchEntries;
import org.isnad.store.search.SearchIndex;

/**
 * Keeps a store's search index ({@code DIR/index}) equal to its case. Guarantee: after
 * {@link #update} the index holds exactly the articles, statements and events of the store's
 * analysis and its checkpoint is the store's {@link SqliteStore#version()}. Only what is new or
 * changed is put, what is gone deleted (by content digest, {@link SearchIndex#replaceWith}), so
 * an add of a few articles to a large store rewrites a few entries. An index whose checkpoint
 * differs from the version (a killed add, a deleted index, an analysis version change) is
 * brought up to date the same way. The caller holds the store's add lock.
 */
public final class StoreIndex {
  /** The index folder inside a store folder. */
  public static final String FOLDER = "index";

  private StoreIndex() {}

  /** The index folder of the store in {@code dir}. */
  public static Path of(Path dir) {
    return dir.resolve(FOLDER);
  }

  /**
   * Brings the index of the store in {@code dir} up to date with {@code store}, reading the
   * analysis from {@code analysis} only when the index is behind; returns whether it changed.
   */
  public static boolean update(Path dir, SqliteStore store, Supplier<Analysis> analysis) {
    String version = String.valueOf(store.version());
    try (SearchIndex index = SearchIndex.open(of(dir))) {
      if (version.equals(index.checkpoint()) && !index.wasReset()) {
        return false;
      }
      index.replaceWith(SearchEntries.of(analysis.get()));
      index.commit(version);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the search index in " + of(dir), e);
    }
  }
}
