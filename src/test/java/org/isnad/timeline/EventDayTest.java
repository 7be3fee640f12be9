package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The calendar values an event report may give, read by hand (no regex per comparison). */
class EventDayTest {
  @Test
  void readsDaysMonthsAndYearsWithAKnownOrUnknownYear() {
    assertEquals(new EventDay(2024, 12, 8), EventDay.of("2024-12-08"));
    assertEquals(new EventDay(null, 12, 9), EventDay.of("XXXX-12-09"));
    assertEquals(new EventDay(2024, 12, null), EventDay.of("2024-12"));
    assertEquals(new EventDay(2024, null, null), EventDay.of("2024"));
  }

  @Test
  void anythingElseIsNoCalendarValue() {
    for (String v : new String[] {null, "", "XXXX", "2024-1-08", "2024-12-8", "٢٠٢٤-١٢-٠٨",
        "2024-12-08T10:00", "2024-W49", "2024-12-0a", "XXXX-XX-09", "20241208", "2024_12_08"}) {
      assertNull(EventDay.of(v), String.valueOf(v));
    }
  }

  @Test
  void anUnknownYearFitsAnyYearAndDaysApartAreCounted() {
    assertEquals(true, EventDay.compatible("XXXX-12-09", "2024-12-09"));
    assertEquals(false, EventDay.compatible("2024-12-08", "2024-12-09"));
    assertEquals(Integer.valueOf(3), EventDay.apart("2024-12-08", "2024-12-11"));
    assertEquals(Integer.valueOf(-1), EventDay.daysAfter("2024-12-09", "2024-12-08"));
  }
}
