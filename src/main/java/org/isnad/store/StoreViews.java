package org.isnad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.isnad.model.EntityType;

/**
 * A {@link CaseView} over a store through several {@link StoreView}s, each on its own SQLite
 * connection (WAL lets readers run at once): a request takes a free view, waiting while all are
 * busy, so as many requests as views are answered at once instead of one after another. Each
 * answer is read on one connection, as consistent as a single view's; the views share the
 * search index built in memory while the store's own is behind. Thread safe.
 *
 * <p>Design decision: a pool of whole views rather than a connection pool under one view, so
 * that {@link StoreView}, its lookups and its search stay single-threaded code.
 */
public final class StoreViews implements CaseView, AutoCloseable {
  private final List<StoreView> all;
  private final BlockingQueue<StoreView> free;
  /** A connection of its own for {@link #version}, so asking it never waits for a busy view. */
  private final SqlStore versions;

  private StoreViews(List<StoreView> all, SqlStore versions) {
    this.all = List.copyOf(all);
    this.free = new ArrayBlockingQueue<>(all.size(), false, all);
    this.versions = versions;
  }

  /**
   * Views of the store in folder {@code dir} on {@code connections} connections.
   *
   * @throws IllegalArgumentException if {@code connections} is not 1 to 64, or as
   *     {@link StoreView#open}
   */
  public static StoreViews open(Path dir, int connections) {
    if (connections < 1 || connections > 64) {
      throw new IllegalArgumentException("connections must be 1 to 64: " + connections);
    }
    List<StoreView> views = new ArrayList<>();
    views.add(StoreView.open(dir));
    try {
      while (views.size() < connections) {
        views.add(StoreView.another(dir, views.get(0)));
      }
      return new StoreViews(views, SqlStore.open(dir));
    } catch (RuntimeException e) {
      views.forEach(StoreView::close);
      throw e;
    }
  }

  /** Views for a server on this machine: two connections a core, 2 to 8. */
  public static StoreViews open(Path dir) {
    return open(dir, Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors())));
  }

  private <T> T on(Function<StoreView, T> call) {
    StoreView view;
    try {
      view = free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for a store connection", e);
    }
    try {
      return call.apply(view);
    } finally {
      free.add(view);
    }
  }

  @Override
  public Page<EventItem> events(EventQuery filter, PageRequest page) {
    return on(v -> v.events(filter, page));
  }

  @Override
  public Optional<EventDetail> event(String id) {
    return on(v -> v.event(id));
  }

  @Override
  public Optional<ArticleDetail> article(String id) {
    return on(v -> v.article(id));
  }

  @Override
  public Optional<EntityDetail> entity(String id, PageRequest statements) {
    return on(v -> v.entity(id, statements));
  }

  /**
   * {@inheritDoc} Always through the first view, so the store's names are held once, not once a
   * connection; its lock is taken only to check the store's version (see
   * {@link StoreView#entities}).
   */
  @Override
  public Page<EntityHit> entities(String query, EntityType kind, PageRequest page) {
    return all.get(0).entities(query, kind, page);
  }

  @Override
  public Page<StoryItem> stories(PageRequest page) {
    return on(v -> v.stories(page));
  }

  @Override
  public Optional<StoryDetail> story(String id, PageRequest page) {
    return on(v -> v.story(id, page));
  }

  /**
   * Reads and indexes the store's entity names now (in the first view, which answers every
   * name lookup), so that the first lookup does not wait for it.
   */
  public void prepareNames() {
    all.get(0).prepareNames();
  }

  @Override
  public Page<SearchHit> search(String query, SearchKind kind, PageRequest page) {
    return on(v -> v.search(query, kind, page));
  }

  @Override
  public AuditFigures audit() {
    return on(StoreView::audit);
  }

  /** {@inheritDoc} The store's version, read on a connection kept for it. */
  @Override
  public long version() {
    synchronized (versions) {
      return versions.version();
    }
  }

  /** Closes every view (callers have stopped asking). */
  @Override
  public void close() {
    RuntimeException failed = null;
    synchronized (versions) {
      versions.close();
    }
    for (StoreView view : all) {
      try {
        view.close();
      } catch (RuntimeException e) {
        failed = failed == null ? e : failed;
      }
    }
    if (failed != null) {
      throw failed;
    }
  }
}
