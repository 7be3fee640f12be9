package org.isnad.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The date an event report gives: a TIMEX3 calendar value ({@code 2024-12-08}, {@code 2024-12},
 * {@code 2024}) whose year may be unknown ({@code XXXX-12-09}: "الأحد التاسع من كانون الأول" in a
 * page without a date). Two values are compatible when no part both give differs; an unknown
 * year matches any year.
 */
record EventDay(Integer year, Integer month, Integer day) {
  /** The value read, or {@code null} when it is missing or not a calendar value. */
  static EventDay of(String value) {
    if (value == null || !calendar(value)) {
      return null;
    }
    Integer year = value.startsWith("XXXX") ? null : digits(value, 0, 4);
    Integer month = value.length() > 4 ? digits(value, 5, 7) : null;
    Integer day = value.length() > 7 ? digits(value, 8, 10) : null;
    if (year == null && month == null) {
      return null;
    }
    return new EventDay(year, month, day);
  }

  /**
   * Whether {@code v} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (ASCII digits; the
   * year may be {@code XXXX}): read by hand, it is asked for every pair of reports compared.
   */
  private static boolean calendar(String v) {
    int n = v.length();
    if (n != 4 && n != 7 && n != 10) {
      return false;
    }
    if (!v.startsWith("XXXX") && !ascii(v, 0, 4)) {
      return false;
    }
    return (n < 7 || v.charAt(4) == '-' && ascii(v, 5, 7))
        && (n < 10 || v.charAt(7) == '-' && ascii(v, 8, 10));
  }

  private static boolean ascii(String v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digits(String v, int from, int to) {
    int x = 0;
    for (int i = from; i < to; i++) {
      x = 10 * x + v.charAt(i) - '0';
    }
    return x;
  }

  /** Whether {@code a} and {@code b} can be the same time (a missing value fits anything). */
  static boolean compatible(String a, String b) {
    EventDay x = of(a);
    EventDay y = of(b);
    return x == null || y == null || x.fits(y);
  }

  boolean fits(EventDay o) {
    return same(year, o.year) && same(month, o.month) && same(day, o.day);
  }

  /** A day of a known or unknown year: what two reports must share to be joined by date. */
  boolean isDay() {
    return day != null;
  }

  /** Days between two day values, an unknown year taken as the other's; {@code null} if unsure. */
  static Integer apart(String a, String b) {
    EventDay x = of(a);
    EventDay y = of(b);
    if (x == null || y == null || !x.isDay() || !y.isDay()) {
      return null;
    }
    Integer year = x.year != null ? x.year : y.year;
    if (year == null) {
      year = 2000;  // both years unknown: any leap year keeps 29 February valid
    }
    try {
      LocalDate dx = LocalDate.of(x.year != null ? x.year : year, x.month, x.day);
      LocalDate dy = LocalDate.of(y.year != null ? y.year : year, y.month, y.day);
      return (int) Math.abs(dx.toEpochDay() - dy.toEpochDay());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Whether every value of {@code a} is compatible with every value of {@code b}. */
  static boolean allCompatible(java.util.Set<String> a, java.util.Set<String> b) {
    return a.stream().allMatch(x -> b.stream().allMatch(y -> compatible(x, y)));
  }

  /** Whether some value of each side is a day of a known year and the two days fit. */
  static boolean sameKnownDay(java.util.Set<String> a, java.util.Set<String> b) {
    return a.stream().map(EventDay::of).filter(EventDay::knownDay).anyMatch(x -> b.stream()
        .map(EventDay::of).filter(EventDay::knownDay).anyMatch(x::fits));
  }

  /** Whether every two values are days of known years at most {@code max} days apart. */
  static boolean within(java.util.Set<String> a, java.util.Set<String> b, int max) {
    for (String x : a) {
      for (String y : b) {
        Integer apart = apart(x, y);
        if (apart == null || !knownDay(of(x)) || !knownDay(of(y)) || apart > max) {
          return false;
        }
      }
    }
    return true;
  }

  /** The first value that is a day of a known year, or {@code null}. */
  static String firstKnownDay(java.util.Set<String> days) {
    return days.stream().filter(d -> knownDay(of(d))).findFirst().orElse(null);
  }

  /** Days from {@code day} to {@code published} (negative before), or {@code null}. */
  static Integer daysAfter(String day, String published) {
    Integer apart = apart(day, published);
    if (apart == null) {
      return null;
    }
    return published.compareTo(day) >= 0 ? apart : -apart;
  }

  private static boolean knownDay(EventDay d) {
    return d != null && d.isDay() && d.year() != null;
  }

  private static boolean same(Integer a, Integer b) {
    return a == null || b == null || a.equals(b);
  }
}
