package org.isnad.store;

import java.time.LocalDate;
import java.util.Locale;
import org.isnad.model.EventStatus;
import org.isnad.model.Modality;

/**
 * Which events a query wants; every part may be {@code null} (no condition). An event matches
 * {@code from}/{@code to} when its day range overlaps them (an undated event matches neither);
 * {@code actor} and {@code place} are entity ids, {@code outlet} an outlet name, {@code origin}
 * the root of a report's chain.
 */
public record EventFilter(LocalDate from, LocalDate to, String type, String actor, String place,
    String outlet, String origin, EventStatus status, Modality modality) {
  /** No condition: every event. */
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null,
      null, null);

  public EventFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from is after to: " + from + " > " + to);
    }
  }

  /** The column value a status is stored under. */
  static String label(EventStatus status) {
    return status.label();
  }

  /** The column value a modality is stored under. */
  static String label(Modality modality) {
    return modality.name().toLowerCase(Locale.ROOT);
  }
}
