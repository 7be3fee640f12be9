package org.isnad.store;

import java.util.List;
import java.util.Optional;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.store.CaseView.ArticleRef;
import org.isnad.store.CaseView.EventItem;
import org.isnad.store.CaseView.NameRef;

/**
 * What the pages of a case look up by id: over one analysis in memory ({@link CaseIndex}) or
 * in the store's tables ({@link StoreLookup}). Both answer alike for the same case; an unknown
 * id is empty (or a reference carrying only the id), never an exception.
 */
interface CaseLookup {
  Optional<AnnotatedArticle> article(String id);

  Optional<Entity> entity(String id);

  /** The document an article came from, or {@code null}. */
  AnnotatedDocument documentOf(String articleId);

  /** The event an event report (mention id) was counted in, or {@code null}. */
  String eventOfMention(String mentionId);

  /** The story an article belongs to, or {@code null}. */
  String storyOf(String articleId);

  /** The article an article is a copy of, or {@code null}. */
  String copyOf(String articleId);

  NameRef nameRef(String entityId);

  ArticleRef articleRef(String articleId);

  /** The outlets of the articles reporting {@code event}, first seen first. */
  List<String> outlets(Event event);

  /** The timeline line of {@code e}. */
  default EventItem item(Event e) {
    return new EventItem(e.id(), e.type(), e.summary(), AnalysisView.spelt(e.modality()),
        e.when(), e.earliest(), e.latest(), e.status().label(), e.reports().size(),
        e.independent(), e.actors().stream().map(this::nameRef).toList(),
        e.places().stream().map(this::nameRef).toList(), outlets(e), e.story());
  }
}
