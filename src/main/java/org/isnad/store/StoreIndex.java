package org.isnad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Analysis;
import org.isnad.model.Event;
import org.isnad.store.search.SearchEntries;
import org.isnad.store.search.SearchEntry;
import org.isnad.store.search.SearchIndex;

/**
 * Keeps a store's search index ({@code DIR/index}) equal to its case. Guarantee: after
 * {@link #update} the index holds exactly the articles, statements and events of the store's
 * analysis and its checkpoint is the store's {@link SqlStore#version()}. An index whose
 * checkpoint differs from the version (a killed add, a deleted index, an analysis version change)
 * is brought up to date the same way. The caller holds the store's add lock.
 *
 * <p>Two ways, with the same result:
 * <ul>
 *   <li>after a linking, with the store's row digests read {@link #before} it
 *       ({@link Before}) and an index at that version: only the entries of the documents whose
 *       linked digest changed (their articles and statements) and of the events whose row digest
 *       changed are compared with the index ({@link SearchIndex#replaceWithin}) and put when
 *       their content differs; those the index held for them and the linking no longer has are
 *       deleted. Nothing else of the case is read, built or hashed;
 *   <li>otherwise, every entry of the case is compared with the index by content digest
 *       ({@link SearchIndex#replaceWith}) and only what is new or changed put.
 * </ul>
 * Why the first is exact: an article's and its statements' entries are made of the linked
 * document alone (title, text, outlet, publication day, quotes), whose digest the store keeps
 * ({@code documents.linked_sha256}); an event's entry is made of the event, in its row's digest
 * ({@code events.digest}); and the index at the version the digests were kept at held the
 * entries of exactly that case. The digests before and after are compared inside SQLite (two
 * scans, about 0.1 s of CPU each on 31,030 articles), so no row of the case becomes a Java object.
 */
public final class StoreIndex {
  /** The index folder inside a store folder. */
  public static final String FOLDER = "index";
  /**
   * The digests of the store's linked documents and events and its articles by document, kept
   * by {@link #before} in temporary tables of the store's connection (SQLite's, not Java's
   * memory: no row is turned into a Java object).
   */
  private static List<String> snapshot(Dialect d) {
    String t = d.temp();
    return List.of(
        "DROP TABLE IF EXISTS " + t + "index_documents",
        "DROP TABLE IF EXISTS " + t + "index_events",
        "DROP TABLE IF EXISTS " + t + "index_articles",
        d.migration("CREATE TEMP TABLE index_documents (id TEXT PRIMARY KEY, digest TEXT NOT "
            + "NULL) WITHOUT ROWID"),
        d.migration("CREATE TEMP TABLE index_events (id TEXT PRIMARY KEY, digest TEXT NOT NULL) "
            + "WITHOUT ROWID"),
        d.migration("CREATE TEMP TABLE index_articles (document_id TEXT NOT NULL, id TEXT NOT "
            + "NULL, PRIMARY KEY (document_id, id)) WITHOUT ROWID"),
        "INSERT INTO " + t + "index_documents SELECT id, linked_sha256 FROM documents "
            + "WHERE linked_sha256 IS NOT NULL",
        "INSERT INTO " + t + "index_events SELECT id, digest FROM events",
        "INSERT INTO " + t + "index_articles SELECT document_id, id FROM articles");
  }

  /** The documents whose linked digest is not the one {@link #before} kept (or that it lacks). */
  private static String changedDocuments(Dialect d) {
    return "SELECT d.id FROM documents d "
        + "LEFT JOIN " + d.temp() + "index_documents b ON b.id = d.id "
        + "WHERE d.linked_sha256 IS NOT NULL AND " + d.differs("b.digest", "d.linked_sha256")
        + " UNION SELECT b.id FROM " + d.temp() + "index_documents b LEFT JOIN documents d "
        + "ON d.id = b.id WHERE d.linked_sha256 IS NULL";
  }

  private static String changedEvents(Dialect d) {
    return "SELECT e.id FROM events e "
        + "LEFT JOIN " + d.temp() + "index_events b ON b.id = e.id WHERE "
        + d.differs("b.digest", "e.digest")
        + " UNION SELECT b.id FROM " + d.temp() + "index_events b LEFT JOIN events e "
        + "ON e.id = b.id WHERE e.id IS NULL";
  }

  private static String articlesOf(Dialect d) {
    return "SELECT id FROM " + d.temp() + "index_articles WHERE document_id = ?";
  }

  private StoreIndex() {}

  /** The index folder of the store in {@code dir}. */
  public static Path of(Path dir) {
    return dir.resolve(FOLDER);
  }

  /**
   * Keeps the store's digests of its linked documents and events and its articles by document,
   * at its version, on the store's connection: taken before a linking, they tell
   * {@link #update(Path, SqlStore, Analysis, Before)} what the linking changed.
   */
  public static Before before(SqlStore store) {
    return before(store, RowDigests.none());
  }

  /**
   * As {@link #before(SqlStore)}, or without reading the store when {@code digests} (a
   * server's kept case) know the rows the last linking left: its linked documents' and events'
   * digests and each document's articles, which the linking replaces, never changes in place.
   */
  public static Before before(SqlStore store, RowDigests digests) {
    Map<String, String> documents = digests.table("documents");
    Map<String, String> events = digests.table("events");
    Map<String, List<String>> articles = digests.articlesOf();
    boolean known = documents != null && events != null && articles != null;
    return store.call(() -> {
      if (!known) {
        try (Statement s = store.connection().createStatement()) {
          for (String sql : snapshot(store.dialect())) {
            s.execute(sql);
          }
        }
      }
      return new Before(Long.parseLong(Objects.requireNonNullElse(
          store.queries().mark("version"), "0")),
          known ? new Kept(digests, documents, events, articles) : null);
    });
  }

  /**
   * The store's version before a linking, and what {@link #before} kept of its rows: on the
   * store's connection ({@code kept} null), or the kept case's rows.
   */
  public record Before(long version, Kept kept) { }

  /**
   * The rows a kept case knew before a linking: the linked documents' and events' digests and
   * each document's articles; {@code digests} knows them after it.
   */
  public record Kept(RowDigests digests, Map<String, String> documents, Map<String, String> events,
      Map<String, List<String>> articles) {
    /** The ids whose digest the linking changed, added or took away. */
    static Set<String> changed(Map<String, String> before, Map<String, String> after) {
      Set<String> out = new HashSet<>();
      after.forEach((id, digest) -> {
        if (!digest.equals(before.get(id))) {
          out.add(id);
        }
      });
      before.keySet().forEach(id -> {
        if (!after.containsKey(id)) {
          out.add(id);
        }
      });
      return out;
    }
  }

  /**
   * Brings the index of the store in {@code dir} up to date with {@code store}, reading the
   * analysis from {@code analysis} only when the index is behind; returns whether it changed.
   */
  public static boolean update(Path dir, SqlStore store, Supplier<Analysis> analysis) {
    return update(dir, store, analysis, null);
  }

  /**
   * Brings the index up to date with {@code store} just after a linking gave {@code linked}:
   * only what changed since {@code before} when the index was at its version, else as
   * {@link #update(Path, SqlStore, Supplier)}.
   */
  public static boolean update(Path dir, SqlStore store, Analysis linked, Before before) {
    return update(dir, store, () -> linked, before);
  }

  private static boolean update(Path dir, SqlStore store, Supplier<Analysis> analysis,
      Before before) {
    String version = String.valueOf(store.version());
    try (SearchIndex index = SearchIndex.open(of(dir))) {
      if (version.equals(index.checkpoint()) && !index.wasReset()) {
        return false;
      }
      if (before != null && !index.wasReset()
          && String.valueOf(before.version()).equals(index.checkpoint())) {
        changed(index, analysis.get(), store, before.kept());
      } else {
        index.replaceWith(SearchEntries.of(analysis.get()));
      }
      index.commit(version);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the search index in " + of(dir), e);
    }
  }

  /**
   * Makes the index's entries of the documents and events whose digests changed since
   * {@link #before} those of {@code linked} (the others are the same in both).
   */
  private static void changed(SearchIndex index, Analysis linked, SqlStore store, Kept kept)
      throws IOException {
    Set<String> documents;
    Set<String> events;
    Set<String> articles = new HashSet<>();
    if (kept == null) {
      Dialect d = store.dialect();
      documents = new HashSet<>(store.call(() -> store.queries().strings(changedDocuments(d))));
      events = new HashSet<>(store.call(() -> store.queries().strings(changedEvents(d))));
      for (String document : documents) {
        articles.addAll(store.call(() -> store.queries().texts(articlesOf(d), document)));
      }
    } else {
      documents = Kept.changed(kept.documents(), kept.digests().table("documents"));
      events = Kept.changed(kept.events(), kept.digests().table("events"));
      documents.forEach(d -> articles.addAll(kept.articles().getOrDefault(d, List.of())));
    }
    List<SearchEntry> entries = new ArrayList<>();
    for (AnnotatedDocument d : linked.annotated()) {
      if (documents.contains(d.document().id())) {
        for (AnnotatedArticle a : d.articles()) {
          entries.add(SearchEntries.of(a.article()));
          a.quotes().forEach(quote -> entries.add(SearchEntries.of(quote, a.article())));
        }
      }
    }
    for (Event e : linked.timeline().events()) {
      if (events.contains(e.id())) {
        entries.add(SearchEntries.of(e));
      }
    }
    index.replaceWithin(entries, articles, events);
  }
}
