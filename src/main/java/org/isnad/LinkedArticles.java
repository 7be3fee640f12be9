package org.isnad;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.link.EntityLinker;
import org.isnad.link.LinkRecall;
import org.isnad.link.SpeakerLinker;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;

/**
 * The part of linking that is each article's own once the run's entities are known: the
 * article's mentions replaced by their linked forms, its statements' speakers tied to the
 * entities, then the linked pass (events). {@link Isnad#link} runs it on every article of a
 * run; the Spark job runs it per partition on the executors with the entities broadcast, so
 * both give each article the same result. Thread safe once made.
 */
public final class LinkedArticles {
  private final SpeakerLinker speakers;

  /** Linking against the run's entities, listed as the entity linker lists them. */
  public LinkedArticles(List<Entity> entities) {
    this(entities, LinkRecall.none());
  }

  LinkedArticles(List<Entity> entities, LinkRecall recall) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    this.speakers = new SpeakerLinker(byId, recall);
  }

  /**
   * The run's entities and every article's linked mentions: {@code byArticle} gives each
   * article's mentions, articles in the run's order. Linked in article id order, so entity
   * names and aliases never depend on input order; listed in the run's order.
   */
  public static EntityLinker.Linked names(Map<String, List<EntityMention>> byArticle) {
    return names(byArticle, LinkRecall.none());
  }

  static EntityLinker.Linked names(Map<String, List<EntityMention>> byArticle,
      LinkRecall recall) {
    return new EntityLinker(recall).link(new TreeMap<>(byArticle))
        .inOrderOf(List.copyOf(byArticle.keySet()));
  }

  /** The article with its linked mentions ({@code linked}, its own) and speakers. */
  AnnotatedArticle withSpeakers(AnnotatedArticle article, List<EntityMention> linked) {
    AnnotatedArticle a = article.withMentions(linked);
    return a.quotes().isEmpty() ? a
        : a.withQuotes(speakers.link(a.quotes(), a.mentions(), a.article().text()));
  }

  /** The article linked: {@link #withSpeakers}, then the linked pass (events). */
  public AnnotatedArticle link(AnnotatedArticle article, List<EntityMention> linked) {
    return Isnad.LINKED_PASS.run(withSpeakers(article, linked));
  }
}
