package org.isnad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.annotate.time.TimeAnnotator;
import org.isnad.model.Article;
import org.isnad.model.Published;
import org.isnad.model.Timex;
import org.isnad.model.TimexType;

/**
 * The days a claim names, read by the engine's time annotator ("28 نوفمبر" = {@code XXXX-11-28},
 * "8 ديسمبر 2024" = {@code 2024-12-08}); relative expressions ("أمس") have no publication date
 * to resolve against and are left out. Stateless and thread safe.
 */
final class ClaimDays {
  /** A TIMEX3 day, its year possibly unknown. */
  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-\\d{2}-\\d{2}");
  private static final String UNKNOWN_YEAR = "XXXX";

  private ClaimDays() {}

  /** The time expressions of {@code claim} (code point offsets into it). */
  static List<Timex> timexes(String claim) {
    Article a = new Article("claim", "claim", null, claim, null, null, null, null, List.of(),
        "ar", null, Published.unknown(), List.of());
    return TimeAnnotator.standard().annotate(a).timexes();
  }

  /** The days {@code claim} names, in text order. */
  static List<String> of(String claim) {
    List<String> days = new ArrayList<>();
    for (Timex x : timexes(claim)) {
      String day = day(x);
      if (day != null) {
        days.add(day);
      }
    }
    return days;
  }

  /**
   * The day a date or a time of day names ({@code 2024-11-28}, {@code XXXX-11-28}; "فجر 8
   * ديسمبر" = {@code 2024-12-08TMO} names 2024-12-08), or null.
   */
  static String day(Timex x) {
    boolean dated = x.type() == TimexType.DATE || x.type() == TimexType.TIME;
    if (!dated || x.value() == null || x.value().length() < 10) {
      return null;
    }
    String v = x.value().substring(0, 10);
    return DAY.matcher(v).matches() ? v : null;
  }

  /**
   * Whether {@code day} is one of {@code claimed}: the same date, or the same month and day
   * when either year is unknown.
   */
  static boolean sameDay(Set<String> claimed, String day) {
    for (String c : claimed) {
      boolean noYear = c.startsWith(UNKNOWN_YEAR) || day.startsWith(UNKNOWN_YEAR);
      if (noYear ? c.substring(4).equals(day.substring(4)) : c.equals(day)) {
        return true;
      }
    }
    return false;
  }
}
