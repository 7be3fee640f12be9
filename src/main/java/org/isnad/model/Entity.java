package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * One actor, place, organisation or outlet across all articles of a run.
 *
 * @param id stable id
 * @param type its type
 * @param name the fullest name used
 * @param aliases every other way the articles write it
 * @param mentionCount how many mentions refer to it
 * @param merged the ids its parts have when they stand apart: a name that joined this entity
 *     only through another article ("الأسد" joining the only fuller name "بشار الأسد") has, in a
 *     run without that article, an entity of its own with one of these ids; sorted, usually empty
 */
public record Entity(String id, EntityType type, String name, List<String> aliases,
    int mentionCount, List<String> merged) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("entity name must not be blank: " + name);
    }
    aliases = List.copyOf(aliases);
    merged = List.copyOf(merged);
  }

  /** An entity made of one name group (nothing merged into it). */
  public Entity(String id, EntityType type, String name, List<String> aliases, int mentionCount) {
    this(id, type, name, aliases, mentionCount, List.of());
  }
}
