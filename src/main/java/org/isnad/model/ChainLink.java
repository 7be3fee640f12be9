package org.isnad.model;

import java.util.Objects;

/**
 * One link of an attribution chain.
 *
 * @param name the name or description as written (clitics removed)
 * @param entity the entity id when the link is a known actor, else {@code null}
 * @param role publisher, relay, speaker or source
 */
public record ChainLink(String name, String entity, ChainRole role) {
  public ChainLink {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("chain link name must not be blank: " + name);
    }
    Objects.requireNonNull(role, "role");
  }
}
