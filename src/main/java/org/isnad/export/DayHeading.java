package org.isnad.export;

import static org.isnad.export.ReportLabels.label;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline day as the report's reader reads it: "2024-11-27" as «الأربعاء 27 نوفمبر 2024»,
 * "XXXX-11-28" (a day whose year the text did not give) as «28 نوفمبر (السنة غير معروفة)»,
 * "XXXX-11" as «نوفمبر (السنة غير معروفة)», "2024-11" as «نوفمبر 2024». Any other value (a week,
 * a season, an impossible day) is shown as it is. Month and weekday names come from
 * {@code report-labels.txt}. Stateless.
 */
final class DayHeading {
  private static final Pattern DAY =
      Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private DayHeading() {}

  /** The heading's text for the timeline day {@code value} (TIMEX3-like). */
  static String text(String value) {
    Matcher m = DAY.matcher(value);
    if (!m.matches() || m.group(2) == null) {
      return value;
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return value;
    }
    boolean yearKnown = !m.group(1).equals("XXXX");
    String year = yearKnown ? m.group(1) : "(" + label("year-unknown") + ")";
    String monthYear = label("month-" + month) + " " + year;
    if (m.group(3) == null) {
      return monthYear;
    }
    int day = Integer.parseInt(m.group(3));
    if (!yearKnown) {
      return day >= 1 && day <= 31 ? day + " " + monthYear : value;
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), month, day);
      return label("weekday-" + date.getDayOfWeek().getValue()) + " " + day + " " + monthYear;
    } catch (DateTimeException e) {
      return value;
    }
  }
}
