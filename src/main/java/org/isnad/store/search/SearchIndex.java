package org.isnad.store.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.FSDirectory;

/**
 * The Arabic full-text index of a store: articles, statements and events as
 * {@link SearchEntry}s, kept by id in a Lucene index in one directory ({@code DIR/index}).
 *
 * <p>Guarantees: {@link #put} replaces any entry with the same id; what was put or deleted is
 * searchable and durable after {@link #commit} (a crash before it loses only the uncommitted
 * changes); a search never throws on what the user typed ({@link QueryReader}); hits of equal
 * score come in id order, so results do not depend on the order entries were put in; snippets
 * carry offsets, never markup. Caller mistakes (null or blank ids, bad paging) are
 * {@link IllegalArgumentException}s. Thread safe: one writer and many searches may run at once.
 * Only one process may open a directory at a time (Lucene's write lock; a second open fails with
 * {@link org.apache.lucene.store.LockObtainFailedException}).
 *
 * <p>The index records {@link #ANALYSIS_VERSION}; one written with another version is emptied on
 * open ({@link #wasReset()}), and the caller puts every entry again.
 */
public final class SearchIndex implements Closeable {
  /**
   * Bumped whenever the analysis changes what is indexed, so old indexes are rebuilt; 3: the
   * stored fields in {@link SearchCodec}'s small chunks (an index of 2 is rebuilt once).
   */
  public static final String ANALYSIS_VERSION = "3";
  static final String VERSION_KEY = "isnad.search.analysis";
  static final String CHECKPOINT_KEY = "isnad.search.checkpoint";
  /** Flush segments at 64 MB, not Lucene's 16: a bulk add of a corpus makes fewer merges. */
  private static final double RAM_BUFFER_MB = 64;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final IndexQueries queries = new IndexQueries();
  private final boolean reset;
  /** The caller's checkpoint of the last commit ({@link #commit(String)}). */
  private String checkpoint;

  private SearchIndex(FSDirectory directory, IndexWriter writer, boolean reset,
      String checkpoint) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.reset = reset;
    this.checkpoint = checkpoint;
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens the index in {@code dir}, creating the directory and an empty index if needed.
   *
   * @throws IllegalArgumentException if {@code dir} is null or an existing regular file
   * @throws IOException if the index cannot be read or is locked by another process
   */
  public static SearchIndex open(Path dir) throws IOException {
    if (dir == null || Files.isRegularFile(dir)) {
      throw new IllegalArgumentException("search index directory must be a directory: " + dir);
    }
    Files.createDirectories(dir);
    FSDirectory directory = FSDirectory.open(dir);
    try {
      Map<String, String> last = lastCommitData(directory);
      boolean stale = last != null && !ANALYSIS_VERSION.equals(last.get(VERSION_KEY));
      IndexWriterConfig config = new IndexWriterConfig(
          SearchAnalyzer.perField(true, EntryDocument.EXACT_FIELDS));
      config.setCodec(new SearchCodec());
      config.setOpenMode(stale ? IndexWriterConfig.OpenMode.CREATE
          : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setCommitOnClose(false);
      config.setRAMBufferSizeMB(RAM_BUFFER_MB);
      IndexWriter writer = new IndexWriter(directory, config);
      String checkpoint = stale || last == null ? "" : last.getOrDefault(CHECKPOINT_KEY, "");
      SearchIndex index = new SearchIndex(directory, writer, stale, checkpoint);
      if (stale || last == null) {
        index.commit();
      }
      return index;
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The user data of the last commit in {@code directory}, or null when there is no index. */
  private static Map<String, String> lastCommitData(FSDirectory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.getIndexCommit().getUserData();
    }
  }

  /** Whether {@link #open} found an index of another analysis version and emptied it. */
  public boolean wasReset() {
    return reset;
  }

  /** Adds {@code entry}, replacing the entry with its id if there is one. */
  public void put(SearchEntry entry) throws IOException {
    if (entry == null) {
      throw new IllegalArgumentException("entry must not be null");
    }
    writer.updateDocument(new Term(EntryDocument.ID, entry.id()), EntryDocument.of(entry));
  }

  /** {@link #put}s each entry in order. */
  public void putAll(Collection<SearchEntry> entries) throws IOException {
    for (SearchEntry entry : entries) {
      put(entry);
    }
  }

  /** Deletes the entry with {@code id}; nothing happens when there is none. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(EntryDocument.ID, requireKey("id", id)));
  }

  /**
   * Deletes the article {@code articleId} and its statements, not the events whose first report
   * it holds.
   */
  public void deleteArticleAndStatements(String articleId) throws IOException {
    Query of = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(EntryDocument.ARTICLE, requireKey("articleId", articleId))),
            BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(EntryDocument.KIND, SearchEntry.Kind.EVENT.name())),
            BooleanClause.Occur.MUST_NOT)
        .build();
    writer.deleteDocuments(of);
  }

  /** Deletes every entry whose article id is {@code articleId} (an article and its statements). */
  public void deleteArticle(String articleId) throws IOException {
    writer.deleteDocuments(new Term(EntryDocument.ARTICLE, requireKey("articleId", articleId)));
  }

  /**
   * Makes every change since the last commit durable and visible to {@link #search}; the
   * checkpoint stays what it was.
   */
  public synchronized void commit() throws IOException {
    commit(checkpoint);
  }

  /**
   * Commits like {@link #commit()} and records {@code checkpoint} with the changes, atomically: a
   * caller that keeps its own data elsewhere (the store's database) can name the batch the index
   * holds, and after a crash re-put what came after {@link #checkpoint()}.
   *
   * @throws IllegalArgumentException if {@code checkpoint} is null
   */
  public synchronized void commit(String checkpoint) throws IOException {
    if (checkpoint == null) {
      throw new IllegalArgumentException("checkpoint must not be null (\"\" for none)");
    }
    writer.setLiveCommitData(Map.of(VERSION_KEY, ANALYSIS_VERSION, CHECKPOINT_KEY, checkpoint)
        .entrySet());
    writer.commit();
    this.checkpoint = checkpoint;
    searchers.maybeRefreshBlocking();
  }

  /** The checkpoint of the last commit, {@code ""} when none was given or the index is new. */
  public synchronized String checkpoint() {
    return checkpoint;
  }

  /** How many entries a search can see (as of the last commit). */
  public int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** The committed entry with {@code id}, or null. */
  public SearchEntry get(String id) throws IOException {
    Query byId = new TermQuery(new Term(EntryDocument.ID, requireKey("id", id)));
    IndexSearcher searcher = searchers.acquire();
    try {
      ScoreDoc[] found = searcher.search(byId, 1).scoreDocs;
      return found.length == 0 ? null
          : EntryDocument.entry(searcher.storedFields().document(found[0].doc));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * One page of the committed entries that match {@code query}, best first, highlighted. A query
   * with nothing searchable in it (blank, only punctuation) matches nothing.
   */
  public SearchResults search(SearchQuery query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return queries.search(searcher, query);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Makes the index hold exactly {@code entries} (not yet committed): puts those it lacks or
   * holds with other content (compared by {@link EntryDocument#HASH}), deletes those not among
   * them, leaves the rest untouched. Returns how many were put and deleted.
   *
   * @throws IllegalArgumentException if two entries share an id
   */
  public Changes replaceWith(Collection<SearchEntry> entries) throws IOException {
    Map<String, String> held = IndexHashes.read(writer);
    List<SearchEntry> all = List.copyOf(entries);
    return reconcile(all, wantedIds(all), held);
  }

  /**
   * Makes the index's entries within a scope exactly those of {@code entries} (not yet
   * committed), as {@link #replaceWith} does for the whole index: the scope is every entry with
   * an id among {@code ids} or among the entries', and the article and statements of every
   * article among {@code articleIds}. Only those entries are read; an entry held with the same
   * content is left untouched. Returns how many were put and deleted.
   *
   * @throws IllegalArgumentException if two entries share an id
   */
  public Changes replaceWithin(Collection<SearchEntry> entries, Collection<String> articleIds,
      Collection<String> ids) throws IOException {
    List<SearchEntry> all = List.copyOf(entries);
    Set<String> wanted = wantedIds(all);
    Set<String> scope = new HashSet<>(ids);
    scope.addAll(wanted);
    Query articles = new BooleanQuery.Builder()
        .add(new TermInSetQuery(EntryDocument.ARTICLE, bytes(articleIds)),
            BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(EntryDocument.KIND, SearchEntry.Kind.EVENT.name())),
            BooleanClause.Occur.MUST_NOT)
        .build();
    Query within = new BooleanQuery.Builder()
        .add(new TermInSetQuery(EntryDocument.ID, bytes(scope)), BooleanClause.Occur.SHOULD)
        .add(articles, BooleanClause.Occur.SHOULD)
        .build();
    return reconcile(all, wanted, IndexHashes.read(writer, within));
  }

  /** The entries' ids. @throws IllegalArgumentException if two entries share an id */
  private static Set<String> wantedIds(List<SearchEntry> entries) {
    Set<String> wanted = new HashSet<>();
    for (SearchEntry entry : entries) {
      if (!wanted.add(entry.id())) {
        throw new IllegalArgumentException("two entries with id " + entry.id());
      }
    }
    return wanted;
  }

  /**
   * Puts each entry whose content differs from the one {@code held} (id → hash) and deletes
   * each held id not {@code wanted}; returns how many of each.
   */
  private Changes reconcile(List<SearchEntry> entries, Set<String> wanted,
      Map<String, String> held) throws IOException {
    // hashing every entry is most of an add's index time: done on the common pool first
    List<String> hashes = entries.parallelStream().map(EntryDocument::hash).toList();
    int put = 0;
    for (int i = 0; i < entries.size(); i++) {
      if (!hashes.get(i).equals(held.get(entries.get(i).id()))) {
        put(entries.get(i));
        put++;
      }
    }
    int deleted = 0;
    for (String id : held.keySet()) {
      if (!wanted.contains(id)) {
        delete(id);
        deleted++;
      }
    }
    return new Changes(put, deleted);
  }

  private static List<BytesRef> bytes(Collection<String> values) {
    return values.stream().map(BytesRef::new).toList();
  }

  /** What {@link #replaceWith} changed: entries put, entries deleted. */
  public record Changes(int put, int deleted) { }

  private static String requireKey(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank: '" + value + "'");
    }
    return value;
  }

  /** Closes the index; changes not committed are dropped. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.rollback();
    } finally {
      directory.close();
    }
  }

}
