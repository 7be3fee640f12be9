package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * Reports of one event that disagree on a field: every value with the articles that give it.
 *
 * @param field what the reports disagree on
 * @param note a human-readable explanation, or {@code null}
 * @param values the competing values, most reported first
 */
public record Conflict(ConflictField field, String note, List<Value> values) {
  /**
   * One value, the articles that give it and the independent sources they count for.
   */
  public record Value(String value, List<String> articles, List<String> sources) {
    public Value {
      Objects.requireNonNull(value, "value");
      articles = List.copyOf(articles);
      sources = List.copyOf(sources);
    }

    public Value(String value, List<String> articles) {
      this(value, articles, List.of());
    }
  }

  public Conflict {
    Objects.requireNonNull(field, "field");
    values = List.copyOf(values);
  }
}
