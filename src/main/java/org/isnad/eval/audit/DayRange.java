package org.isnad.eval.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a published date allows, both ends inclusive; a {@code null} end is open.
 * <ul>
 *   <li>a day ({@code 2017-08-23}, also with a time after it) allows that day;</li>
 *   <li>a month ({@code 2017-08}) allows its days, a year ({@code 2017}) its days;</li>
 *   <li>with no usable value, {@code earliest} gives the first day its own precision allows and
 *       {@code latest} the last ({@code latest = 2017-08} ends on 2017-08-31);</li>
 *   <li>anything else ({@code XXXX-08-23}, weeks, seasons) allows nothing checkable.</li>
 * </ul>
 */
record DayRange(LocalDate first, LocalDate last) {
  private static final Pattern TIMEX = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

  /** The range {@code value}, else the window {@code [earliest, latest]}, else empty. */
  static Optional<DayRange> of(String value, String earliest, String latest) {
    Optional<DayRange> own = parse(value);
    if (own.isPresent()) {
      return own;
    }
    LocalDate first = parse(earliest).map(DayRange::first).orElse(null);
    LocalDate last = parse(latest).map(DayRange::last).orElse(null);
    return first == null && last == null ? Optional.empty() : Optional.of(new DayRange(first, last));
  }

  /** Whether {@code day} lies more than {@code slackDays} outside this range. */
  boolean excludes(LocalDate day, int slackDays) {
    return first != null && day.isBefore(first.minusDays(slackDays))
        || last != null && day.isAfter(last.plusDays(slackDays));
  }

  static Optional<DayRange> parse(String timex) {
    if (timex == null) {
      return Optional.empty();
    }
    Matcher m = TIMEX.matcher(timex.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return Optional.of(new DayRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return Optional.of(new DayRange(month.atDay(1), month.atEndOfMonth()));
      }
      LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
      return Optional.of(new DayRange(day, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
