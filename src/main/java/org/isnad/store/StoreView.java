package org.isnad.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import com.fasterxml.jackson.core.type.TypeReference;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Event;
import org.isnad.model.Story;

/**
 * A {@link CaseView} over a store ({@code isnad serve --store DIR}): every answer is read from
 * the store's tables when asked, a timeline page with its filters and paging in SQL, so
 * opening a large store costs nothing and a page costs a few indexed queries. It answers as an
 * {@link AnalysisView} over the store's analysis would. A change the store takes (another
 * process adding to it, an upload) shows at the next call: the audit figures are stored by the
 * linking, the search reads what the current version holds.
 *
 * <p>{@link #search} reads the store's Lucene index ({@code DIR/index}, kept by each add) without
 * taking its write lock, reopened when the store's version changed; while the index is missing
 * or behind the store (an add between its two commits) it searches an index of the store's
 * analysis built in memory instead, read once per store version (the only call that reads the
 * whole case), so a search never answers from a case the store no longer holds
 * ({@link StoreSearch}).
 *
 * <p>Design decision: one connection, calls serialised on it, so every call's reads are
 * consistent; {@link StoreViews} serves one store through several, for requests at once.
 */
public final class StoreView implements CaseView, AutoCloseable {
  private final SqlStore store;
  private final StoreLookup lookup;
  private final Details details;
  private final StoreSearch search;
  /** Timeline totals by filter at {@link #countedVersion}: every page of a filter has one. */
  private final Map<EventQuery, Integer> counts = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<EventQuery, Integer> eldest) {
      return size() > COUNTS_KEPT;
    }
  };
  private static final int COUNTS_KEPT = 256;
  private long countedVersion = -1;
  private final StoreStories stories;
  private final Object namesLock = new Object();
  private volatile NamesAt names;

  private StoreView(Path dir, SqlStore store, StoreSearch.Fallback fallback) {
    this.store = store;
    this.lookup = new StoreLookup(store);
    this.details = new Details(lookup);
    this.search = new StoreSearch(dir, store, lookup, fallback);
    this.stories = new StoreStories(store, lookup);
  }

  /** A view over the store in folder {@code dir}, on one connection. */
  public static StoreView open(Path dir) {
    return opened(dir, null);
  }

  /** Another view of the store {@code first} views, on its own connection. */
  static StoreView another(Path dir, StoreView first) {
    return opened(dir, first.search.fallback());
  }

  /** A view on a new connection; the first of a store ({@code shared} null) plans its reads. */
  private static StoreView opened(Path dir, StoreSearch.Fallback shared) {
    SqlStore store = SqlStore.open(dir);
    try {
      reading(store);
      if (shared == null) {
        plan(store);
      }
      return new StoreView(dir, store, shared == null ? new StoreSearch.Fallback() : shared);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Lets SQLite read the store's pages through a memory map (up to 1 GiB) rather than a system
   * call per page: the pages are the system's file cache, shared by every connection, and a
   * timeline page spends less time in the kernel. Only this connection's reads change.
   * Nothing to set on PostgreSQL ({@link Dialect#reading}).
   */
  private static void reading(SqlStore store) {
    try (Statement s = store.connection().createStatement()) {
      for (String sql : store.dialect().reading()) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot set up reading the store: " + e.getMessage(), e);
    }
  }

  /**
   * Gives SQLite's planner fresh statistics of the store (a sampled {@code ANALYZE}, 0.07 s on a
   * copy of the 31,030-article store with the sqlite3 shell): without them it reaches an event by its primary key and
   * reads the row for its shown order, where the covering {@code events_id_shown} reads none
   * (an outlet's page of 16,000 events: 0.14 s before, 0.02 s after). Statistics only choose
   * plans, never change answers; a store another process is writing keeps its older ones.
   * PostgreSQL's {@code ANALYZE} samples by itself ({@link Dialect#planning}).
   */
  private static void plan(SqlStore store) {
    try (Statement s = store.connection().createStatement()) {
      for (String sql : store.dialect().planning()) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      // busy with another writer: plans stay as the last statistics make them
    }
  }

  @Override
  public synchronized Page<EventItem> events(EventQuery filter, PageRequest page) {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(page, "page");
    int total = count(filter);
    List<Event> events = page.offset() >= total ? List.of()
        : store.events(filter, page.offset(), page.limit(),
            EventWhere.scans(total, count(EventQuery.ALL), page.offset(), page.limit()));
    CaseLookup lines = lookup.forLines(events);
    return new Page<>(events.stream().map(lines::item).toList(), total, page.offset(),
        page.limit());
  }

  /** The events passing {@code filter}, counted once per filter and store version. */
  private int count(EventQuery filter) {
    long version = store.version();
    if (version != countedVersion) {
      counts.clear();
      countedVersion = version;
    }
    Integer known = counts.get(filter);
    if (known == null) {
      known = store.eventCount(filter);
      counts.put(filter, known);
    }
    return known;
  }

  @Override
  public synchronized Optional<EventDetail> event(String id) {
    return id == null ? Optional.empty() : store.event(id).map(details::event);
  }

  @Override
  public synchronized Optional<ArticleDetail> article(String id) {
    return lookup.article(id).map(details::article);
  }

  @Override
  public synchronized Optional<EntityDetail> entity(String id, PageRequest statements) {
    Objects.requireNonNull(statements, "statements");
    Optional<Entity> entity = lookup.entity(id);
    return entity.map(e -> Details.entity(e, roles(id), count(EVENTS_OF, id, id),
        statements(BY, COUNT_BY, id, statements), statements(ABOUT, COUNT_ABOUT, id,
            statements)));
  }

  private static final String EVENTS_OF = "SELECT COUNT(*) FROM events e WHERE "
      + "EXISTS (SELECT 1 FROM event_actors j WHERE j.event_id = e.id AND j.entity_id = ?) OR "
      + "EXISTS (SELECT 1 FROM event_places j WHERE j.event_id = e.id AND j.entity_id = ?)";
  private static final String BY = "SELECT json FROM statements WHERE speaker_entity = ? "
      + "ORDER BY shown LIMIT ? OFFSET ?";
  private static final String COUNT_BY = "SELECT COUNT(*) FROM statements "
      + "WHERE speaker_entity = ?";
  private static final String ABOUT = "SELECT s.json FROM statement_about a JOIN statements s "
      + "ON s.id = a.statement_id WHERE a.entity_id = ? ORDER BY a.shown LIMIT ? OFFSET ?";
  private static final String COUNT_ABOUT = "SELECT COUNT(*) FROM statement_about "
      + "WHERE entity_id = ?";

  private Map<String, Integer> roles(String entityId) {
    String json = store.call(() -> store.queries().text(
        "SELECT json FROM entity_roles WHERE entity_id = ?", entityId));
    return json == null ? Map.of()
        : ModelJson.read(json, new TypeReference<Map<String, Integer>>() { });
  }

  private long count(String sql, Object... params) {
    return Long.parseLong(store.call(() -> store.queries().texts(sql, params).get(0)));
  }

  private Page<StatementRef> statements(String sql, String countSql, String entityId,
      PageRequest page) {
    List<StatementRef> items = store.call(() -> store.queries()
        .texts(sql, entityId, page.limit(), page.offset())).stream()
        .map(json -> ModelJson.read(json, StatementRef.class)).toList();
    return new Page<>(items, count(countSql, entityId), page.offset(), page.limit());
  }

  /**
   * {@inheritDoc} The names are read under the view's lock, once per store version, and indexed
   * outside it (the index is immutable), so type-ahead requests run side by side and other
   * requests wait only for the read.
   */
  @Override
  public Page<EntityHit> entities(String query, EntityType kind, PageRequest page) {
    Objects.requireNonNull(page, "page");
    return names().find(query, kind, page);
  }

  /**
   * Reads the entities' names of the store's current version now and starts sorting their
   * suffixes, so that the first name lookup does not wait for them: a server calls it in the
   * background at start.
   */
  public void prepareNames() {
    names();
  }

  /**
   * The entities' names of the store's current version, read again when the store changed. A
   * lookup waits only for the names to be read: while their suffixes are being sorted (1–3 s on
   * 87,761 entities) it is answered by a scan of them, with the same answers.
   */
  private EntityNames names() {
    long version = version();
    NamesAt at = names;
    if (at != null && at.version() == version) {
      return at.names();
    }
    synchronized (namesLock) {
      at = names;
      if (at == null || at.version() != version) {
        at = readNames();
        names = at;
        indexNames(at);
      }
      return at.names();
    }
  }

  /** {@inheritDoc} The store's version, read on this view's connection. */
  @Override
  public synchronized long version() {
    return store.version();
  }

  /** Sorts the suffixes of {@code read}'s names in the background, then answers through them. */
  private void indexNames(NamesAt read) {
    Thread thread = new Thread(() -> {
      NamesAt indexed = new NamesAt(read.version(), read.names().indexed());
      synchronized (namesLock) {
        if (names == read) {
          names = indexed;
        }
      }
    }, "isnad-names-index");
    thread.setDaemon(true);
    thread.start();
  }

  private NamesAt readNames() {
    long version;
    List<Entity> entities;
    synchronized (this) {
      version = store.version();
      entities = store.call(() -> new StoredAnalysis(store.queries()).entities());
    }
    return new NamesAt(version, new EntityNames(entities, false));
  }

  /** The names index of one store version. */
  private record NamesAt(long version, EntityNames names) { }

  @Override
  public synchronized Page<StoryItem> stories(PageRequest page) {
    Objects.requireNonNull(page, "page");
    long total = count("SELECT COUNT(*) FROM stories");
    List<Story> stories = page.offset() >= total ? List.of()
        : store.stories(page.offset(), page.limit());
    return new Page<>(stories.stream().map(this::storyItem).toList(), total, page.offset(),
        page.limit());
  }

  @Override
  public synchronized Optional<StoryDetail> story(String id, PageRequest page) {
    Objects.requireNonNull(page, "page");
    return stories.detail(id, page);
  }

  private StoryItem storyItem(Story s) {
    List<ArticleRef> first = s.articles().stream().limit(10).map(lookup::articleRef).toList();
    return new StoryItem(s.id(), s.title(), s.articles().size(), s.events().size(), first);
  }

  @Override
  public synchronized Page<SearchHit> search(String query, SearchKind kind, PageRequest page) {
    IndexedSearch.check(query);
    return search.search(query, kind == null ? SearchKind.ALL : kind, page.forSearch());
  }

  @Override
  public synchronized AuditFigures audit() {
    String json = store.call(() -> store.queries().part("view.audit"));
    return json == null ? AuditCount.of(store.analysis())
        : ModelJson.read(json, AuditFigures.class);
  }

  @Override
  public synchronized void close() {
    try {
      search.close();
    } finally {
      store.close();
    }
  }
}
