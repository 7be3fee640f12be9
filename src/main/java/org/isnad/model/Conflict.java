package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * Reports of one event that disagree on a field: every value with the articles that give it.
 *
 * @param field {@code date}, {@code weekday} or {@code count}
 * @param note a human-readable explanation, or {@code null}
 * @param values the competing values, most reported first
 */
public record Conflict(String field, String note, List<Value> values) {
  /** One value and the articles that give it. */
  public record Value(String value, List<String> articles) {
    public Value {
      Objects.requireNonNull(value, "value");
      articles = List.copyOf(articles);
    }
  }

  public Conflict {
    Objects.requireNonNull(field, "field");
    values = List.copyOf(values);
  }
}
