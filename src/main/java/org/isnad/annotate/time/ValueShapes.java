package org.isnad.annotate.time;

/**
 * The shapes of TIMEX3 values that the time and event annotators test: a calendar year, month
 * or day, whole or at the start of a value. Digits are ASCII (as in every value the resolver
 * writes); {@code XXXX} is an unknown year. A {@code null} value has no shape. Stateless.
 */
public final class ValueShapes {
  private ValueShapes() {}

  /** {@code 2024}. */
  public static boolean isYear(String value) {
    return value != null && value.length() == 4 && year(value, false);
  }

  /** {@code 2024-11}. */
  public static boolean isMonth(String value) {
    return value != null && value.length() == 7 && month(value, false);
  }

  /** {@code 2024-11} or {@code XXXX-11}. */
  public static boolean isMonthOfAnyYear(String value) {
    return value != null && value.length() == 7 && month(value, true);
  }

  /** {@code 2024-11-27}. */
  public static boolean isDay(String value) {
    return value != null && value.length() == 10 && day(value, false);
  }

  /** {@code 2024} or {@code 2024-11}. */
  public static boolean isYearOrMonth(String value) {
    return isYear(value) || isMonth(value);
  }

  /** {@code 2024}, {@code 2024-11} or {@code 2024-11-27}. */
  public static boolean isCalendar(String value) {
    return isYearOrMonth(value) || isDay(value);
  }

  /**
   * A month or a day of a known or unknown year, with or without a time of day:
   * {@code 2024-11}, {@code XXXX-11-27}, {@code 2024-11-27T18:58}, {@code 2024-11T…}.
   */
  public static boolean isMonthOrDayOfAnyYear(String value) {
    if (value == null || value.length() < 7 || !month(value, true)) {
      return false;
    }
    int rest = value.length() > 7 && value.charAt(7) == '-' ? 10 : 7;
    if (rest == 10 && (value.length() < 10 || !digits(value, 8, 2))) {
      return false;
    }
    return value.length() == rest || value.charAt(rest) == 'T';
  }

  /** Starts with four digits: {@code 2024…}. */
  public static boolean startsWithYear(String value) {
    return value != null && value.length() >= 4 && year(value, false);
  }

  /** Starts with four digits and a hyphen: {@code 2024-…}. */
  public static boolean startsWithYearAndHyphen(String value) {
    return startsWithYear(value) && value.length() >= 5 && value.charAt(4) == '-';
  }

  /** Starts with a month: {@code 2024-11…}. */
  public static boolean startsWithMonth(String value) {
    return value != null && value.length() >= 7 && month(value, false);
  }

  /** Starts with a day: {@code 2024-11-27…}. */
  public static boolean startsWithDay(String value) {
    return value != null && value.length() >= 10 && day(value, false);
  }

  private static boolean year(String value, boolean unknownToo) {
    return digits(value, 0, 4) || unknownToo && value.startsWith("XXXX");
  }

  private static boolean month(String value, boolean unknownYear) {
    return year(value, unknownYear) && value.charAt(4) == '-' && digits(value, 5, 2);
  }

  private static boolean day(String value, boolean unknownYear) {
    return month(value, unknownYear) && value.charAt(7) == '-' && digits(value, 8, 2);
  }

  private static boolean digits(String value, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
