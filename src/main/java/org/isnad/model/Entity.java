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
 */
public record Entity(String id, EntityType type, String name, List<String> aliases,
    int mentionCount) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("entity name must not be blank: " + name);
    }
    aliases = List.copyOf(aliases);
  }
}
