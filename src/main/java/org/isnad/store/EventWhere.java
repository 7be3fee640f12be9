package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of an {@link EventQuery} over table {@code events e}, and its values: the
 * same events {@link AnalysisView} lets through (type compared ignoring case, days as
 * {@link EventDays} bounds them).
 *
 * <p>Design decision: a filter on a join table is {@code e.id IN (SELECT event_id …)}, not a
 * correlated {@code EXISTS}: SQLite then finds the few events of an actor through the join
 * table's index instead of testing every event of the case (0.3 s for one actor on 71,268
 * events before, under 1 ms after). A filter that lets through many events is the other way
 * round: listing its 16,274 events (one outlet of 71,260) and sorting them took about 30 ms a
 * page, while reading events in shown order and testing each against the join table's key
 * ({@code EXISTS}) stops after the page. {@link #scanning} writes that form; the caller
 * chooses ({@link #scans}).
 */
record EventWhere(String where, List<String> values) {
  static EventWhere of(EventQuery f, Dialect dialect) {
    return of(f, dialect, false);
  }

  /** As {@link #of}, a join filter tested on each event read in shown order. */
  static EventWhere scanning(EventQuery f, Dialect dialect) {
    return of(f, dialect, true);
  }

  /**
   * Whether a page of a filter is better found by reading events in shown order: when the
   * filter's {@code passing} events of all {@code events} are so many that the page's last
   * event is expected well before the end ({@code (offset + limit) / share} events read),
   * rather than listing all {@code passing} and sorting them.
   */
  static boolean scans(long passing, long events, int offset, int limit) {
    return passing * passing > (long) (offset + limit) * events;
  }

  private static EventWhere of(EventQuery f, Dialect dialect, boolean scan) {
    List<String> conditions = new ArrayList<>();
    List<String> values = new ArrayList<>();
    add(conditions, values, "e.day_to >= ?", f.from() == null ? null : f.from().toString());
    add(conditions, values, "e.day_from <= ?", f.to() == null ? null : f.to().toString());
    add(conditions, values, dialect.caseless("e.type"), f.type());
    add(conditions, values, "e.status = ?",
        f.status() == null ? null : f.status().status().label());
    add(conditions, values, "e.modality = ?",
        f.modality() == null ? null : DerivedTables.label(f.modality()));
    add(conditions, values, joined("event_actors", "entity_id", scan), f.actor());
    add(conditions, values, joined("event_places", "entity_id", scan), f.place());
    add(conditions, values, joined("event_outlets", "outlet", scan), f.outlet());
    add(conditions, values, joined("event_origins", "origin", scan), f.origin());
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new EventWhere(where, List.copyOf(values));
  }

  private static String joined(String table, String column, boolean scan) {
    return scan ? "EXISTS (SELECT 1 FROM " + table + " j WHERE j.event_id = e.id AND j."
        + column + " = ?)"
        : "e.id IN (SELECT event_id FROM " + table + " WHERE " + column + " = ?)";
  }

  private static void add(List<String> conditions, List<String> values, String condition,
      String value) {
    if (value != null) {
      conditions.add(condition);
      values.add(value);
    }
  }

  /** Binds the values from parameter 1; returns the next parameter's index. */
  int bind(PreparedStatement p) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      p.setString(i + 1, values.get(i));
    }
    return values.size() + 1;
  }
}
