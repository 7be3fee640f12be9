package org.isnad.annotate.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** TIMEX3 value strings. */
final class Values {
  private Values() {}

  static String date(LocalDate date) {
    return date.toString();
  }

  static String month(YearMonth month) {
    return month.toString();
  }

  static String year(int year) {
    return padded(year, 4);
  }

  static String week(LocalDate date) {
    return padded(date.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
        + padded(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
  }

  static String underspecifiedDay(int month, int day) {
    return "XXXX-" + padded(month, 2) + "-" + padded(day, 2);
  }

  static String underspecifiedMonth(int month) {
    return "XXXX-" + padded(month, 2);
  }

  /**
   * {@code n} in ASCII digits, zeros before it up to {@code width}: what {@code %0<width>d}
   * gives, without a formatter (a value is written for every expression).
   */
  static String padded(int n, int width) {
    if (n < 0) {
      return String.format("%0" + width + "d", n);
    }
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  static String underspecifiedWeekday(int isoWeekday) {
    return "XXXX-WXX-" + isoWeekday;
  }

  /** A period value for a count of units: P3D, P2W, P9Y, PT24H, PT30M. */
  static String duration(int count, String unit) {
    return duration(Integer.toString(count), unit);
  }

  /** {@code count} may be "X" (unknown: "لسنوات" is PXY). */
  static String duration(String count, String unit) {
    return switch (unit) {
      case "H" -> "PT" + count + "H";
      case "MIN" -> "PT" + count + "M";
      // «العقدين الماضيين» is P20Y, as the gold writes decades; an unknown count stays PXDE
      case "DE" -> count.equals("X") ? "PXDE" : "P" + Integer.parseInt(count) * 10 + "Y";
      default -> "P" + count + unit;
    };
  }

  /**
   * Two durations as one («PT12H» and «PT54M» → «PT12H54M»; «P2Y» and «P3M» → «P2Y3M»); null
   * when either is unknown or the second is not smaller (no ISO order).
   */
  static String sum(String first, String second) {
    if (first == null || second == null || first.contains("X") || second.contains("X")) {
      return null;
    }
    String order = "YMWDTHMS";
    boolean firstTime = first.startsWith("PT");
    boolean secondTime = second.startsWith("PT");
    String a = first.substring(firstTime ? 2 : 1);
    String b = second.substring(secondTime ? 2 : 1);
    if (firstTime && !secondTime) {
      return null;
    }
    if (!firstTime && secondTime) {
      return first + "T" + b;
    }
    char lastA = a.charAt(a.length() - 1);
    char unitB = b.charAt(b.length() - 1);
    int rankA = firstTime ? order.indexOf(lastA, 4) : order.indexOf(lastA);
    int rankB = secondTime ? order.indexOf(unitB, 4) : order.indexOf(unitB);
    return rankB > rankA ? first + b : null;
  }

  /** Appends a clock time or part of day to a day value. */
  static String withTime(String day, String time) {
    return day == null || time == null ? day : day + "T" + time;
  }
}
