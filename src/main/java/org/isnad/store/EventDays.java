package org.isnad.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.Event;

/**
 * The days an event may have happened on, for filtering by date: from the start of its
 * {@code earliest} (else {@code when}) value to the end of its {@code latest} (else
 * {@code when}) value. A value naming a year or a month covers all its days, one starting with a
 * year or month and naming less (a week, a season) covers that whole year or month; a value
 * without a year (undated) gives no bound, so such an event matches no date filter.
 */
final class EventDays {
  private static final Pattern VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?.*");

  private EventDays() {}

  /** The first day, or null. */
  static LocalDate from(Event event) {
    return bound(event.earliest() != null ? event.earliest() : event.when(), true);
  }

  /** The last day, or null. */
  static LocalDate to(Event event) {
    return bound(event.latest() != null ? event.latest() : event.when(), false);
  }

  static LocalDate bound(String value, boolean start) {
    if (value == null) {
      return null;
    }
    Matcher m = VALUE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return start ? month.atDay(1) : month.atEndOfMonth();
      }
      return month.atDay(Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
