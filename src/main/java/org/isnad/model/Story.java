package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles about the same matter.
 *
 * @param id stable id
 * @param title the title of its first article
 * @param articles article ids
 * @param events event ids
 */
public record Story(String id, String title, List<String> articles, List<String> events) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    events = List.copyOf(events);
  }
}
