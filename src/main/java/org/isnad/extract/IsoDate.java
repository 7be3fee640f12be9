package org.isnad.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar date of a machine-readable timestamp as found in page metadata:
 * {@code 2024-12-13T10:00:00+03:00}, {@code 2024-12-13 10:00}, {@code 2024/12/13},
 * {@code 20241213}. The date part is taken as written (no time-zone shift: the page's own
 * calendar day is the one its readers saw). Anything else is not a date.
 */
final class IsoDate {
  private static final Pattern DATE =
      Pattern.compile("^\\s*(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})(?![0-9])");

  private IsoDate() {}

  /** {@code YYYY-MM-DD}, or {@code null} when {@code value} does not start with a valid date. */
  static String of(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = DATE.matcher(toAsciiDigits(value));
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String toAsciiDigits(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        out.append((char) ('0' + c - '\u0660'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        out.append((char) ('0' + c - '\u06F0'));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
