package org.isnad.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.timeline.StorySteps;
import org.isnad.timeline.TimelineBuilder;

/**
 * What the story stages ({@link StoryStages}) read of one article, made on an executor from the
 * article and its linked entity mentions: no text.
 *
 * @param id the article's id (unique in the run)
 * @param dateKey its key in the run's order ({@link TimelineBuilder#dateKey}, then the id)
 * @param day its publication day ({@link StorySteps#day}: epoch day or
 *     {@link StorySteps#UNDATED})
 * @param site its outlet, else its URL's host, else {@code null} ({@link StorySteps#site})
 * @param names its specific names, entity ids, distinct ({@link StorySteps#specificNames})
 * @param leadWords its lead words before the run's counts choose the rare ones, distinct
 *     ({@link StorySteps#leadWords})
 */
record StoryInput(String id, String dateKey, long day, String site, List<String> names,
    List<String> leadWords) implements Serializable {
  StoryInput {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank: " + id);
    }
    names = List.copyOf(names);
    leadWords = List.copyOf(leadWords);
  }

  /**
   * The story input of {@code article}: {@code mentions} are its linked entity mentions (those
   * of other articles are not read), {@code broadIds} the run's broad entities
   * ({@link StorySteps#broadIds}).
   */
  static StoryInput of(Article article, List<EntityMention> mentions, Set<String> broadIds) {
    List<EntityMention> own = mentions.stream()
        .filter(m -> m.articleId().equals(article.id())).toList();
    return new StoryInput(article.id(), TimelineBuilder.dateKey(article), StorySteps.day(article),
        StorySteps.site(article), List.copyOf(StorySteps.specificNames(own, broadIds)),
        List.copyOf(StorySteps.leadWords(article)));
  }
}
