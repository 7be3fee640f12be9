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
    return String.format("%04d", year);
  }

  static String week(LocalDate date) {
    return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String underspecifiedDay(int month, int day) {
    return String.format("XXXX-%02d-%02d", month, day);
  }

  static String underspecifiedMonth(int month) {
    return String.format("XXXX-%02d", month);
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

  /** Appends a clock time or part of day to a day value. */
  static String withTime(String day, String time) {
    return day == null || time == null ? day : day + "T" + time;
  }
}
