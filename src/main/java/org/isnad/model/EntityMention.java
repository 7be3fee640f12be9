package org.isnad.model;

import java.util.Objects;

/**
 * One mention of a named thing in an article. Offsets are code points into the article text.
 *
 * @param articleId the article
 * @param start start offset
 * @param end end offset, exclusive
 * @param text the mention as written
 * @param type its type
 * @param entityId the entity it refers to, or {@code null}
 */
public record EntityMention(String articleId, int start, int end, String text, EntityType type,
    String entityId) {
  public EntityMention {
    Objects.requireNonNull(articleId, "articleId");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span [" + start + "," + end + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  public EntityMention withEntity(String id) {
    return new EntityMention(articleId, start, end, text, type, id);
  }
}
