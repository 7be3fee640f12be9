package org.isnad.store.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A read-only way into a {@link SearchIndex}'s directory: it takes no write lock, so another
 * process (or a {@link SearchIndex} in this one) may write while it searches. It answers from
 * the commit it last opened, {@link #refresh()} moves it to the newest commit
 * ({@link DirectoryReader#openIfChanged}). Searches share {@link SearchIndex}'s query and snippet
 * code. {@link #of} makes one over entries held in memory instead, indexed as a
 * {@link SearchIndex} indexes them, so a case kept in memory searches exactly as a store does.
 * Thread safe: calls are serialised.
 */
public final class SearchReader implements Closeable {
  private final Directory directory;
  private final IndexQueries queries = new IndexQueries();
  private DirectoryReader reader;

  private SearchReader(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
  }

  /**
   * A reader over an index of {@code entries} built in memory (a Lucene
   * {@link ByteBuffersDirectory}) with {@link SearchIndex}'s analysis; its checkpoint is
   * {@code ""}.
   *
   * @throws IllegalArgumentException if {@code entries} is null or two entries share an id
   */
  public static SearchReader of(Collection<SearchEntry> entries) {
    if (entries == null) {
      throw new IllegalArgumentException("entries must not be null");
    }
    Directory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(
        SearchAnalyzer.perField(true, EntryDocument.EXACT_FIELDS));
    config.setCodec(new SearchCodec());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      Set<String> ids = new HashSet<>();
      for (SearchEntry entry : entries) {
        if (!ids.add(entry.id())) {
          throw new IllegalArgumentException("two entries with id " + entry.id());
        }
        writer.addDocument(EntryDocument.of(entry));
      }
      writer.setLiveCommitData(Map.of(SearchIndex.VERSION_KEY,
          SearchIndex.ANALYSIS_VERSION).entrySet());
      writer.commit();
      return new SearchReader(directory, DirectoryReader.open(directory));
    } catch (IOException e) {
      // a directory in memory does not fail to write
      throw new UncheckedIOException("cannot index entries in memory", e);
    }
  }

  /**
   * Opens the newest commit of the index in {@code dir}, or returns null when {@code dir} holds
   * no index.
   *
   * @throws IllegalArgumentException if {@code dir} is null
   */
  public static SearchReader open(Path dir) throws IOException {
    if (dir == null) {
      throw new IllegalArgumentException("search index directory must not be null");
    }
    if (!Files.isDirectory(dir)) {
      return null;
    }
    FSDirectory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        return null;
      }
      return new SearchReader(directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Moves to the newest commit when there is a newer one; returns whether it moved. */
  public synchronized boolean refresh() throws IOException {
    DirectoryReader newer = DirectoryReader.openIfChanged(reader);
    if (newer == null) {
      return false;
    }
    reader.close();
    reader = newer;
    return true;
  }

  /**
   * The checkpoint recorded with the commit this reader answers from ({@link
   * SearchIndex#commit(String)}), {@code ""} when none; null when that commit was written by
   * another analysis version (its entries must not be trusted).
   */
  public synchronized String checkpoint() throws IOException {
    var data = reader.getIndexCommit().getUserData();
    if (!SearchIndex.ANALYSIS_VERSION.equals(data.get(SearchIndex.VERSION_KEY))) {
      return null;
    }
    return data.getOrDefault(SearchIndex.CHECKPOINT_KEY, "");
  }

  /** As {@link SearchIndex#search}, over the commit this reader answers from. */
  public synchronized SearchResults search(SearchQuery query) throws IOException {
    return queries.search(new IndexSearcher(reader), query);
  }

  /**
   * As {@link #search(SearchQuery)}, with no snippets: the hits' ids, kinds, days and scores
   * only, for a caller that reads the entries elsewhere (a claim's candidates). Much cheaper:
   * snippets are cut from each hit's stored text.
   */
  public synchronized SearchResults searchWithoutSnippets(SearchQuery query) throws IOException {
    return queries.search(new IndexSearcher(reader), query, false);
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
