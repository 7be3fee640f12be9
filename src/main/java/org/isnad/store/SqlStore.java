package org.isnad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Document;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Skipped;
import org.isnad.model.Story;

/**
 * The {@link Store} on SQL: the embedded SQLite file {@code DIR/isnad.db} in write-ahead-log
 * mode, or a PostgreSQL database ({@link StoreLocation}), the same tables and statements on
 * both but where their {@link Dialect} differs; the schema is brought to the newest version on
 * opening ({@link Migrations}). A database error
 * is an {@link IllegalStateException} naming the store; a store newer than this code, or a
 * {@code DIR} that is a file, is an {@link IllegalArgumentException} naming it.
 *
 * <p>Design decision: the JSON of each record is kept beside the columns queries filter on, so
 * a row reads back into exactly the record written, and the columns stay few and standard.
 */
public final class SqlStore implements Store {
  /** Urls bound in one query of {@link #articlesAt} (each bound twice; SQLite binds at most 999 by default). */
  private static final int URLS_A_QUERY = 400;
  /** The database file's name inside the store folder. */
  public static final String FILE = "isnad.db";
  /** The store as messages name it ({@link StoreLocation#toString()}). */
  private final String file;
  private final Dialect dialect;
  private final Connection connection;
  private final StoreQueries queries;

  private SqlStore(String file, Dialect dialect, Connection connection) {
    this.file = file;
    this.dialect = dialect;
    this.connection = connection;
    this.queries = new StoreQueries(connection, dialect);
  }

  /**
   * Opens the store in folder {@code dir} ({@link StoreLocation#at}): the SQLite store in it,
   * creating the folder and the database when missing, or the PostgreSQL database a working
   * folder is linked to.
   *
   * @throws IllegalArgumentException when {@code dir} is not a folder, or the store's schema is
   *     newer than this code
   */
  public static SqlStore open(Path dir) {
    return open(StoreLocation.at(dir));
  }

  /**
   * Opens the store at {@code location}, bringing its schema to the newest version.
   *
   * @throws IllegalArgumentException when the folder is not a folder, or the store's schema is
   *     newer than this code
   */
  public static SqlStore open(StoreLocation location) {
    Path dir = location.prepared();
    Path file = dir.resolve(FILE);
    String name = location.toString();
    Connection connection = null;
    try {
      connection = location.isDatabase() ? location.connect()
          : DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = connection.createStatement()) {
        for (String sql : location.dialect().opening()) {
          s.execute(sql);
        }
      }
      Migrations.apply(connection, name);
      return new SqlStore(name, location.dialect(), connection);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("cannot open the store " + name + ": " + e.getMessage(), e);
    }
  }

  /** The schema version of the open store. */
  public int schemaVersion() {
    return call(() -> Migrations.current(connection));
  }

  @Override
  public boolean holds(Document document) {
    String sql = "SELECT 1 FROM documents WHERE id = ?"
        + (known(document) ? " OR sha256 = ?" : "");
    return call(() -> {
      try (PreparedStatement p = connection.prepareStatement(sql)) {
        p.setString(1, document.id());
        if (known(document)) {
          p.setString(2, document.sha256());
        }
        try (ResultSet r = p.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  /** Whether the document's bytes identify it: read, not a duplicate, not failed. */
  private static boolean known(Document document) {
    return document.duplicateOf() == null && !document.sha256().isEmpty() && !document.failed();
  }

  @Override
  public Map<String, Integer> templateCounts() {
    return call(() -> {
      Map<String, Integer> counts = new HashMap<>();
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT line, pages FROM template_lines")) {
        while (r.next()) {
          counts.put(r.getString(1), r.getInt(2));
        }
      }
      return counts;
    });
  }

  @Override
  public Intake intake() {
    return new SqlIntake(this);
  }

  @Override
  public List<String> unsettled() {
    return call(() -> queries.strings(
        "SELECT id FROM documents WHERE state <> 'annotated' ORDER BY id"));
  }

  @Override
  public List<Document> pages(List<String> ids) {
    return call(() -> {
      List<Document> out = new ArrayList<>(ids.size());
      try (PreparedStatement p = connection.prepareStatement(
          "SELECT page FROM documents WHERE id = ?")) {
        for (String id : ids) {
          p.setString(1, id);
          try (ResultSet r = p.executeQuery()) {
            if (!r.next()) {
              throw new IllegalArgumentException("no document " + id + " in " + file);
            }
            out.add(ModelJson.read(r.getString(1), Document.class));
          }
        }
      }
      return out;
    });
  }

  @Override
  public void settle(List<Settled> documents) {
    transaction(() -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE documents SET "
          + "state = 'annotated', annotated = ?, outcome = ?, problems = ? WHERE id = ?");
          PreparedStatement forget = connection.prepareStatement(
              "DELETE FROM refused_lines WHERE document_id = ?");
          PreparedStatement refuse = connection.prepareStatement(
              "INSERT INTO refused_lines (line, document_id) VALUES (?, ?)")) {
        for (Settled s : documents) {
          settle(s, update, forget, refuse);
        }
      }
      queries.setMark("settlings", Long.toString(settlings() + 1));
      return null;
    });
  }

  private static void settle(Settled s, PreparedStatement update, PreparedStatement forget,
      PreparedStatement refuse) throws SQLException {
    AnnotatedDocument d = s.annotated();
    update.setString(1, ModelJson.write(d));
    update.setString(2, d.extraction().outcome().name());
    update.setString(3, ModelJson.write(d.extraction().problems()));
    update.setString(4, d.document().id());
    update.executeUpdate();
    forget.setString(1, d.document().id());
    forget.executeUpdate();
    for (String line : s.refused()) {
      refuse.setString(1, line);
      refuse.setString(2, d.document().id());
      refuse.addBatch();
    }
    refuse.executeBatch();
  }

  @Override
  public List<AnnotatedDocument> annotatedDocuments() {
    return sorted(call(() -> {
      try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
          "SELECT annotated FROM documents WHERE annotated IS NOT NULL")) {
        return ParsedRows.of(r, false,
            row -> ModelJson.read(row.value(), AnnotatedDocument.class));
      }
    }));
  }

  /** Documents in a run's order: by source, then id (Java's string order, as a run sorts). */
  static List<AnnotatedDocument> sorted(List<AnnotatedDocument> documents) {
    List<AnnotatedDocument> out = new ArrayList<>(documents);
    out.sort(Comparator.comparing((AnnotatedDocument d) -> d.document().source())
        .thenComparing(d -> d.document().id()));
    return out;
  }

  @Override
  public List<Skipped> skipped() {
    return call(() -> {
      List<Skipped> out = new ArrayList<>();
      try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
          "SELECT path, code, reason FROM skipped ORDER BY path")) {
        while (r.next()) {
          out.add(new Skipped(r.getString(1), r.getString(2), r.getString(3)));
        }
      }
      return out;
    });
  }

  @Override
  public boolean needsLinking() {
    return call(() -> queries.mark("needs_linking") != null);
  }

  @Override
  public void linked(Analysis analysis, Map<String, KeptEvents> computed) {
    linked(analysis, computed, RowDigests.none());
  }

  /**
   * As {@link #linked(Analysis, Map)}, reusing the row digests {@code digests} kept from the
   * last linking where a row's content is unchanged (the rows written are the same).
   */
  public void linked(Analysis analysis, Map<String, KeptEvents> computed, RowDigests digests) {
    transaction(() -> {
      new DerivedTables(connection, digests).replace(analysis);
      new KeptEventsTable(connection).keep(computed);
      queries.setMark("generated_at", analysis.generatedAt().toString());
      queries.setMark("version", Long.toString(version() + 1));
      queries.clearMark("needs_linking");
      return null;
    });
  }

  @Override
  public Map<String, KeptEvents> keptEvents() {
    return call(() -> new KeptEventsTable(connection).read());
  }

  /** The kept event pass results of the articles {@code ids} the store holds, by article id. */
  public Map<String, KeptEvents> keptEvents(Collection<String> ids) {
    return call(() -> new KeptEventsTable(connection).read(ids));
  }

  /**
   * The annotated documents {@code ids} that the store holds annotated, read as
   * {@link #annotatedDocuments()} reads them (in no particular order).
   */
  public List<AnnotatedDocument> annotatedDocuments(Collection<String> ids) {
    return call(() -> new ArrayList<>(queries.byIds(
        "SELECT annotated FROM documents WHERE id = ? AND annotated IS NOT NULL", ids,
        AnnotatedDocument.class).values()));
  }

  /**
   * How many times documents were annotated into the store (each {@link #settle} transaction
   * counts one): with {@link #version()}, what tells a server that keeps the case in memory
   * whether another process changed it.
   */
  public long settlings() {
    return call(() -> {
      String v = queries.mark("settlings");
      return v == null ? 0L : Long.parseLong(v);
    });
  }

  @Override
  public Analysis analysis() {
    return call(() -> {
      String at = queries.mark("generated_at");
      return new StoredAnalysis(queries).read(at == null ? Instant.EPOCH : Instant.parse(at),
          skipped());
    });
  }

  /**
   * The store's version: how many linkings it took, 0 before any. Each add that changed the
   * store raises it, in the same transaction as the tables it replaced.
   */
  public long version() {
    return call(() -> {
      String v = queries.mark("version");
      return v == null ? 0L : Long.parseLong(v);
    });
  }

  @Override
  public int documentCount() {
    return call(() -> queries.count("SELECT COUNT(*) FROM documents"));
  }

  @Override
  public Sizes sizes() {
    return call(() -> new Sizes(documentCount(), queries.count("SELECT COUNT(*) FROM articles"),
        queries.count("SELECT COUNT(*) FROM events"),
        queries.count("SELECT COUNT(*) FROM stories")));
  }

  @Override
  public List<Event> events(EventQuery filter, int offset, int limit) {
    return events(filter, offset, limit, false);
  }

  /**
   * As {@link #events(EventQuery, int, int)}; {@code scan} finds the page by reading events in
   * shown order and testing each against the filter's join tables (best when the filter lets
   * through many events, see {@link EventWhere#scans}), else by listing the filter's events
   * first. The page is the same either way.
   */
  public List<Event> events(EventQuery filter, int offset, int limit, boolean scan) {
    StoreQueries.checkPage(offset, limit);
    return call(() -> queries.events(filter, offset, limit, scan));
  }

  @Override
  public int eventCount(EventQuery filter) {
    return call(() -> queries.eventCount(filter));
  }

  @Override
  public Optional<Event> event(String id) {
    return call(() -> queries.one("SELECT json FROM events WHERE id = ?", id, Event.class));
  }

  @Override
  public Optional<AnnotatedArticle> article(String id) {
    return documentOf(id)
        .flatMap(d -> d.articles().stream().filter(a -> a.id().equals(id)).findFirst());
  }

  /**
   * The ids of the articles at {@code urls}: an article's url, or its document's source (the
   * path it was read from, as {@code isnad add} recorded it), surrounding blanks ignored; in id
   * order. A url no article has gives none.
   */
  public List<String> articlesAt(Collection<String> urls) {
    List<String> wanted = urls.stream().filter(Objects::nonNull).map(String::strip)
        .filter(u -> !u.isEmpty()).distinct().toList();
    java.util.SortedSet<String> ids = new java.util.TreeSet<>();
    for (int from = 0; from < wanted.size(); from += URLS_A_QUERY) {
      List<String> some = wanted.subList(from, Math.min(wanted.size(), from + URLS_A_QUERY));
      String marks = String.join(", ", Collections.nCopies(some.size(), "?"));
      Object[] twice = java.util.stream.Stream.concat(some.stream(), some.stream()).toArray();
      ids.addAll(call(() -> queries.texts("SELECT id FROM articles WHERE url IN (" + marks
          + ") UNION SELECT a.id FROM articles a JOIN documents d ON d.id = a.document_id "
          + "WHERE d.source IN (" + marks + ")", twice)));
    }
    return List.copyOf(ids);
  }

  /** The document (as linked) an article comes from. */
  Optional<AnnotatedDocument> documentOf(String articleId) {
    return call(() -> queries.one("SELECT d.linked FROM articles a JOIN documents d "
        + "ON d.id = a.document_id WHERE a.id = ?", articleId, AnnotatedDocument.class));
  }

  @Override
  public Optional<Entity> entity(String id) {
    return call(() -> queries.one("SELECT json FROM entities WHERE id = ?", id, Entity.class));
  }

  @Override
  public List<Story> stories(int offset, int limit) {
    StoreQueries.checkPage(offset, limit);
    return call(() -> queries.page("SELECT json FROM stories ORDER BY shown", offset, limit,
        Story.class));
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing after a failure: the failure is what the caller hears of
      }
    }
  }

  /** Work against the database. */
  interface Sql<T> {
    T run() throws SQLException;
  }

  Connection connection() {
    return connection;
  }

  StoreQueries queries() {
    return queries;
  }

  /** The dialect of the store's SQL. */
  Dialect dialect() {
    return dialect;
  }

  <T> T call(Sql<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new IllegalStateException("store " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  <T> T transaction(Sql<T> work) {
    return call(() -> {
      connection.setAutoCommit(false);
      try {
        T result = work.run();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    });
  }

  /**
   * The byte size of the store's files (database and write-ahead log), or of a PostgreSQL
   * store's database.
   */
  public long sizeOnDisk() {
    if (dialect == Dialect.POSTGRESQL) {
      return call(() -> queries.count64("SELECT pg_database_size(current_database())"));
    }
    Path dbFile = Path.of(file);
    long size = 0;
    for (String name : Set.of(FILE, FILE + "-wal", FILE + "-shm")) {
      Path f = dbFile.resolveSibling(name);
      try {
        size += Files.exists(f) ? Files.size(f) : 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return size;
  }
}
