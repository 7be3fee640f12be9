package org.isnad.check;

import java.util.List;
import java.util.Objects;

/**
 * One independent origin behind one side of a claim, counted once however many copies and
 * relays carry it.
 *
 * @param origin the origin's name
 * @param articles the ids of its articles on that side, by id
 */
public record OriginGroup(String origin, List<String> articles) {
  public OriginGroup {
    Objects.requireNonNull(origin, "origin");
    articles = List.copyOf(articles);
  }
}
