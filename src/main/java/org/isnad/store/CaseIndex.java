package org.isnad.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Report;
import org.isnad.store.CaseView.ArticleRef;
import org.isnad.store.CaseView.NameRef;

/**
 * The lookups of one analysis, built once: articles and their documents, entities and events
 * by id, and the event each event report was counted in. Read-only after construction.
 */
final class CaseIndex implements CaseLookup {
  private final Analysis analysis;
  private final Map<String, AnnotatedArticle> articles = new HashMap<>();
  private final Map<String, AnnotatedDocument> documentOf = new HashMap<>();
  private final Map<String, Entity> entities = new HashMap<>();
  private final Map<String, Event> events = new HashMap<>();
  private final Map<String, String> eventOfMention = new HashMap<>();

  CaseIndex(Analysis analysis) {
    this.analysis = analysis;
    for (AnnotatedDocument d : analysis.annotated()) {
      for (AnnotatedArticle a : d.articles()) {
        articles.put(a.id(), a);
        documentOf.put(a.id(), d);
      }
    }
    analysis.entities().forEach(e -> entities.put(e.id(), e));
    for (Event e : analysis.timeline().events()) {
      events.put(e.id(), e);
      e.reports().forEach(r -> eventOfMention.putIfAbsent(r.mention(), e.id()));
    }
  }

  Analysis analysis() {
    return analysis;
  }

  int articleCount() {
    return articles.size();
  }

  @Override
  public Optional<AnnotatedArticle> article(String id) {
    return Optional.ofNullable(id == null ? null : articles.get(id));
  }

  @Override
  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(id == null ? null : entities.get(id));
  }

  Optional<Event> event(String id) {
    return Optional.ofNullable(id == null ? null : events.get(id));
  }

  @Override
  public AnnotatedDocument documentOf(String articleId) {
    return documentOf.get(articleId);
  }

  @Override
  public String eventOfMention(String mentionId) {
    return mentionId == null ? null : eventOfMention.get(mentionId);
  }

  @Override
  public NameRef nameRef(String entityId) {
    Entity e = entities.get(entityId);
    return e == null ? new NameRef(entityId, entityId, null)
        : new NameRef(e.id(), e.name(), AnalysisView.type(e));
  }

  @Override
  public ArticleRef articleRef(String articleId) {
    AnnotatedArticle a = articles.get(articleId);
    return a == null ? new ArticleRef(articleId, null, null)
        : new ArticleRef(a.id(), a.article().title(), a.article().outlet());
  }

  @Override
  public List<String> outlets(Event event) {
    return AnalysisView.distinct(event.reports().stream().map(Report::articleId)
        .map(articles::get).map(a -> a == null ? null : a.article().outlet()).toList());
  }

  @Override
  public String storyOf(String articleId) {
    return analysis.timeline().storyOf().get(articleId);
  }

  @Override
  public String copyOf(String articleId) {
    return analysis.timeline().copies().get(articleId);
  }
}
