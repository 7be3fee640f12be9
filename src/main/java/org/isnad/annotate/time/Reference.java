package org.isnad.annotate.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a relative expression is resolved against: a window of possible dates (one day when the
 * date is known exactly) and the name recorded as the timex anchor ({@code published} or a
 * timex id).
 */
record Reference(LocalDate earliest, LocalDate latest, String name) {
  Reference {
    if (earliest.isAfter(latest)) {
      throw new IllegalArgumentException("window ends before it starts: " + earliest + ".." + latest);
    }
  }

  static Reference exact(LocalDate date, String name) {
    return new Reference(date, date, name);
  }

  boolean exact() {
    return earliest.equals(latest);
  }

  /** The month both ends fall in, or {@code null}. */
  YearMonth month() {
    YearMonth first = YearMonth.from(earliest);
    return first.equals(YearMonth.from(latest)) ? first : null;
  }
}
