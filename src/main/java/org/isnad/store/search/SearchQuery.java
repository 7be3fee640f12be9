package org.isnad.store.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a user asks the index: words and "quoted phrases" (every one must match, in the title or
 * the text; odd syntax is read as words, never an error), optional filters and a page.
 *
 * @param text the user's query, as typed; not null
 * @param kinds the kinds of entries to return; empty means every kind
 * @param outlet only entries of this outlet (exact), or {@code null}
 * @param from only entries on or after this day, or {@code null}
 * @param to only entries on or before this day, or {@code null}
 * @param offset hits to skip, 0 to {@value #MAX_OFFSET}
 * @param limit hits to return, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(String text, Set<SearchEntry.Kind> kinds, String outlet,
    LocalDate from, LocalDate to, int offset, int limit) {
  /** The deepest page start served: deeper paging costs memory for every skipped hit. */
  public static final int MAX_OFFSET = 10_000;
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;

  /**
   * @throws IllegalArgumentException on a null text, null kinds or a null kind among them, bad
   *     paging or from after to
   */
  public SearchQuery {
    if (text == null) {
      throw new IllegalArgumentException("query text must not be null");
    }
    if (kinds == null || kinds.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("kinds must not be or hold null (empty means all): "
          + kinds);
    }
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be 0 to " + MAX_OFFSET + ": " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** The first {@value #DEFAULT_LIMIT} hits of every kind for {@code text}. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Set.of(), null, null, null, 0, DEFAULT_LIMIT);
  }

  public SearchQuery withKinds(Set<SearchEntry.Kind> kinds) {
    return new SearchQuery(text, kinds, outlet, from, to, offset, limit);
  }

  public SearchQuery withOutlet(String outlet) {
    return new SearchQuery(text, kinds, outlet, from, to, offset, limit);
  }

  public SearchQuery withDays(LocalDate from, LocalDate to) {
    return new SearchQuery(text, kinds, outlet, from, to, offset, limit);
  }

  public SearchQuery page(int offset, int limit) {
    return new SearchQuery(text, kinds, outlet, from, to, offset, limit);
  }
}
