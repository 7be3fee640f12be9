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
import org.isnad.store.CaseView.EventItem;
import org.isnad.store.CaseView.NameRef;

/**
 * The lookups of one analysis, built once: articles and their documents, entities and events
 * by id, and the event each event report was counted in. Read-only after construction.
 */
final class CaseIndex {
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

  Optional<AnnotatedArticle> article(String id) {
    return Optional.ofNullable(id == null ? null : articles.get(id));
  }

  Optional<Entity> entity(String id) {
    return Optional.ofNullable(id == null ? null : entities.get(id));
  }

  Optional<Event> event(String id) {
    return Optional.ofNullable(id == null ? null : events.get(id));
  }

  AnnotatedDocument documentOf(String articleId) {
    return documentOf.get(articleId);
  }

  /** The event an event report (mention id) was counted in, or {@code null}. */
  String eventOfMention(String mentionId) {
    return mentionId == null ? null : eventOfMention.get(mentionId);
  }

  NameRef nameRef(String entityId) {
    Entity e = entities.get(entityId);
    return e == null ? new NameRef(entityId, entityId, null)
        : new NameRef(e.id(), e.name(), AnalysisView.type(e));
  }

  ArticleRef articleRef(String articleId) {
    AnnotatedArticle a = articles.get(articleId);
    return a == null ? new ArticleRef(articleId, null, null)
        : new ArticleRef(a.id(), a.article().title(), a.article().outlet());
  }

  /** The outlets of the articles reporting {@code event}, first seen first. */
  List<String> outlets(Event event) {
    return AnalysisView.distinct(event.reports().stream().map(Report::articleId)
        .map(articles::get).map(a -> a == null ? null : a.article().outlet()).toList());
  }

  /** The timeline line of {@code e}. */
  EventItem item(Event e) {
    return new EventItem(e.id(), e.type(), e.summary(), AnalysisView.spelt(e.modality()),
        e.when(), e.earliest(), e.latest(), e.status().label(), e.reports().size(),
        e.independent(), e.actors().stream().map(this::nameRef).toList(),
        e.places().stream().map(this::nameRef).toList(), outlets(e), e.story());
  }
}
