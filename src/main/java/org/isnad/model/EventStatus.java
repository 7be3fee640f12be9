package org.isnad.model;

/** How well an event is sourced. */
public enum EventStatus {
  /** Two or more independent sources, no conflict. */
  CORROBORATED,
  /** One independent source. */
  SINGLE_SOURCE,
  /** Reports disagree (date, weekday, numbers). */
  CONTESTED,
  /** No report dates it. */
  UNDATED;

  /** The contract's spelling: {@code single-source}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
