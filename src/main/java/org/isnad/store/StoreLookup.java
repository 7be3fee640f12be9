package org.isnad.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Report;
import org.isnad.store.CaseView.ArticleRef;
import org.isnad.store.CaseView.NameRef;

/**
 * The lookups of {@link CaseLookup} answered from a store's tables, one small indexed query
 * each; only an article's own document is read whole. Not thread safe: its caller serialises.
 */
final class StoreLookup implements CaseLookup {
  private final SqlStore store;

  StoreLookup(SqlStore store) {
    this.store = store;
  }

  @Override
  public Optional<AnnotatedArticle> article(String id) {
    return id == null ? Optional.empty() : store.article(id);
  }

  @Override
  public Optional<Entity> entity(String id) {
    return id == null ? Optional.empty() : store.entity(id);
  }

  @Override
  public AnnotatedDocument documentOf(String articleId) {
    return articleId == null ? null : store.documentOf(articleId).orElse(null);
  }

  @Override
  public String eventOfMention(String mentionId) {
    return mentionId == null ? null
        : text("SELECT event_id FROM event_mentions WHERE mention_id = ?", mentionId);
  }

  @Override
  public String storyOf(String articleId) {
    return text("SELECT story FROM articles WHERE id = ?", articleId);
  }

  @Override
  public String copyOf(String articleId) {
    return text("SELECT copy_of FROM articles WHERE id = ?", articleId);
  }

  @Override
  public NameRef nameRef(String entityId) {
    return entity(entityId).map(e -> new NameRef(e.id(), e.name(), AnalysisView.type(e)))
        .orElse(new NameRef(entityId, entityId, null));
  }

  @Override
  public ArticleRef articleRef(String articleId) {
    // an article the store does not hold has neither title nor outlet, as in memory
    return new ArticleRef(articleId, title(articleId), outlet(articleId));
  }

  private String title(String articleId) {
    return text("SELECT title FROM articles WHERE id = ?", articleId);
  }

  private String outlet(String articleId) {
    return text("SELECT outlet FROM articles WHERE id = ?", articleId);
  }

  @Override
  public List<String> outlets(Event event) {
    return AnalysisView.distinct(event.reports().stream().map(Report::articleId)
        .map(this::outlet).toList());
  }

  /**
   * A lookup that answers the names and outlets on the timeline lines of {@code events} from
   * two queries made now (their entities, their reports' articles) and everything else as this
   * one does: a page of 50 lines costs three queries instead of one per name and per report.
   */
  CaseLookup forLines(List<Event> events) {
    Set<String> entityIds = new TreeSet<>();
    Set<String> articleIds = new TreeSet<>();
    for (Event e : events) {
      entityIds.addAll(e.actors());
      entityIds.addAll(e.places());
      e.reports().forEach(r -> articleIds.add(r.articleId()));
    }
    Map<String, NameRef> names = new HashMap<>();
    Map<String, String> outlets = new HashMap<>();
    // a line names each entity: its name and type columns, not its whole JSON
    inChunks(entityIds, (ids, marks) -> store.call(() -> store.queries().columns(
        "SELECT id, name, type FROM entities WHERE id IN (" + marks + ")", 3, ids.toArray()))
        .forEach(row -> names.put(row[0], new NameRef(row[0], row[1],
            AnalysisView.spelt(org.isnad.model.EntityType.valueOf(row[2]))))));
    inChunks(articleIds, (ids, marks) -> outlets.putAll(store.call(() -> store.queries().pairs(
        "SELECT id, outlet FROM articles WHERE id IN (" + marks + ")", ids.toArray()))));
    return new Lines(this, names, outlets);
  }

  /** Hands {@code ids} to {@code each} in chunks, with as many {@code ?} for an IN list. */
  private static void inChunks(Set<String> ids, BiConsumer<List<String>, String> each) {
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += IN_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
      each.accept(chunk, String.join(",", Collections.nCopies(chunk.size(), "?")));
    }
  }

  /** Bound values per IN list, far below SQLite's limit. */
  private static final int IN_CHUNK = 500;

  /** {@link #forLines}' answer: names and outlets read ahead, the rest from the store. */
  private record Lines(StoreLookup store, Map<String, NameRef> names,
      Map<String, String> articleOutlets) implements CaseLookup {
    @Override
    public Optional<AnnotatedArticle> article(String id) {
      return store.article(id);
    }

    @Override
    public Optional<Entity> entity(String id) {
      return store.entity(id);
    }

    @Override
    public AnnotatedDocument documentOf(String articleId) {
      return store.documentOf(articleId);
    }

    @Override
    public String eventOfMention(String mentionId) {
      return store.eventOfMention(mentionId);
    }

    @Override
    public String storyOf(String articleId) {
      return store.storyOf(articleId);
    }

    @Override
    public String copyOf(String articleId) {
      return store.copyOf(articleId);
    }

    @Override
    public NameRef nameRef(String entityId) {
      // an entity the store does not hold is named by its id, as StoreLookup names it
      return names.getOrDefault(entityId, new NameRef(entityId, entityId, null));
    }

    @Override
    public ArticleRef articleRef(String articleId) {
      return store.articleRef(articleId);
    }

    @Override
    public List<String> outlets(Event event) {
      return AnalysisView.distinct(event.reports().stream().map(Report::articleId)
          .map(articleOutlets::get).toList());
    }
  }

  private String text(String sql, String param) {
    return param == null ? null : store.call(() -> store.queries().text(sql, param));
  }
}
