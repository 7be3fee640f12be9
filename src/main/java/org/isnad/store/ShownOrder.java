package org.isnad.store;

import java.util.Comparator;
import java.util.List;
import org.isnad.model.Event;
import org.isnad.model.Modality;
import org.isnad.model.Story;

/**
 * The one order a reader is shown events and stories in, whether a view sorts them in memory
 * or the store numbers them once for SQL paging: events that happened first, then those negated
 * or unrealised; within each, dated events by their earliest value, then undated ones; then by
 * id. Stories: most articles first, then by id.
 */
final class ShownOrder {
  /** The events' order on a timeline. */
  static final Comparator<Event> EVENTS = Comparator
      .comparing((Event e) -> e.modality() != Modality.ASSERTED)
      .thenComparing(e -> e.earliest() == null)
      .thenComparing(e -> e.earliest() == null ? "" : e.earliest())
      .thenComparing(Event::id);

  /** The stories' order. */
  static final Comparator<Story> STORIES = Comparator
      .comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id);

  private ShownOrder() { }

  /** {@code items} sorted by {@code order}, as a new list. */
  static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    return items.stream().sorted(order).toList();
  }
}
