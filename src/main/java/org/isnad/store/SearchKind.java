package org.isnad.store;

import java.util.Locale;

/** What a search looks in: articles, statements, events, or all three. */
public enum SearchKind {
  ALL,
  ARTICLES,
  STATEMENTS,
  EVENTS;

  /** The kind spelt {@code text} (any case); {@code null} is {@link #ALL}. */
  public static SearchKind parse(String text) {
    if (text == null) {
      return ALL;
    }
    for (SearchKind k : values()) {
      if (k.name().equalsIgnoreCase(text)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "kind must be all, articles, statements or events: " + text);
  }

  /** The spelling clients use. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
