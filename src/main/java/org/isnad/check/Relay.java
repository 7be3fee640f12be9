package org.isnad.check;

import java.util.Objects;

/**
 * One step of how a report spread: {@code to} carries what {@code from} published.
 *
 * @param how {@code copy} (the article copies another of the corpus), {@code credits} (its
 *     source line credits an agency) or {@code cites} (its reports' chains go back to another
 *     outlet: its origin)
 * @param from the article copied, the agency credited or the origin cited
 * @param fromPublished the publication date of {@code from} when it is an article and known,
 *     else {@code null}
 * @param to the article that carries it
 * @param toPublished its publication date, or {@code null} when unknown
 */
public record Relay(String how, String from, String fromPublished, String to,
    String toPublished) {
  public Relay {
    Objects.requireNonNull(how, "how");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
