package org.isnad.store;

import java.util.List;
import java.util.Optional;
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
  private final SqliteStore store;

  StoreLookup(SqliteStore store) {
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

  private String text(String sql, String param) {
    return param == null ? null : store.call(() -> store.queries().text(sql, param));
  }
}
