package org.isnad.check;

import java.util.List;
import java.util.Objects;

/**
 * Articles on a claim that give a detail of its matter differently: a date, a place, a number.
 *
 * @param field {@code date}, {@code place}, {@code number} … (the timeline's conflict fields,
 *     lower case)
 * @param basis where the conflict was found: an event of the timeline (its id) or the numbers
 *     of the rationale sentences against the claim's
 * @param values each value with the articles that give it ({@code claim} stands for the claim)
 */
public record DetailConflict(String field, String basis, List<Value> values) {
  /** One value and who gives it. */
  public record Value(String value, List<String> articles) {
    public Value {
      Objects.requireNonNull(value, "value");
      articles = List.copyOf(articles);
    }
  }

  public DetailConflict {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(basis, "basis");
    values = List.copyOf(values);
  }
}
