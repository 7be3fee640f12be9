package org.isnad.annotate.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.isnad.text.NamedPhrases;

/**
 * Hijri dates in the Umm al-Qura calendar (ICU4J), and the Hijri dates that news writes without
 * a year ("28 شوال", "شهر رمضان", "عيد الفطر"), placed in the Hijri year that puts them nearest a
 * reference day. Thread safe: conversions are kept in bounded memos, each value a function of
 * its date alone.
 */
final class HijriCalendar {
  static final int SHAWWAL = 10;
  static final int DHU_AL_HIJJA = 12;

  private HijriCalendar() {}

  /** The word that tells each feast of feasts.txt apart (hijri-feasts.txt). */
  private static final NamedPhrases FEASTS = NamedPhrases.read(HijriCalendar.class,
      "hijri-feasts.txt");
  private static final String FITR = FEASTS.get("fitr");
  private static final String ADHA = FEASTS.get("adha");
  /** How many dates each memo keeps before it is emptied (a bound, not a tuning). */
  private static final int MEMO_SIZE = 50_000;
  private static final java.util.concurrent.ConcurrentHashMap<Long, LocalDate> GREGORIAN =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentHashMap<Long, Integer> YEARS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The Gregorian day of a Hijri date; days past the month's end roll over. Each date is
   * converted once and kept (ICU's calendar is costly to set up; the value depends on the date
   * alone, so what is kept changes no result).
   */
  static LocalDate toGregorian(int year, int month, int day) {
    if (month < 0 || month > 0xFFFF || day < 0 || day > 0xFFFF) {
      return convert(year, month, day);
    }
    long key = ((long) year << 32) | ((long) month << 16) | day;
    LocalDate known = GREGORIAN.get(key);
    if (known != null) {
      return known;
    }
    LocalDate converted = convert(year, month, day);
    remember(GREGORIAN, key, converted);
    return converted;
  }

  private static <V> void remember(java.util.concurrent.ConcurrentHashMap<Long, V> memo, long key,
      V value) {
    if (memo.size() >= MEMO_SIZE) {
      memo.clear();
    }
    memo.put(key, value);
  }

  private static LocalDate convert(int year, int month, int day) {
    IslamicCalendar calendar = umAlQura();
    calendar.clear();
    calendar.set(year, month - 1, day);
    Calendar gregorian = Calendar.getInstance(TimeZone.GMT_ZONE);
    gregorian.setTime(calendar.getTime());
    return LocalDate.of(gregorian.get(Calendar.YEAR), gregorian.get(Calendar.MONTH) + 1,
        gregorian.get(Calendar.DAY_OF_MONTH));
  }

  /** The Hijri year a Gregorian day falls in (converted once a day, as {@link #toGregorian}). */
  static int yearOf(LocalDate day) {
    long key = day.toEpochDay();
    Integer known = YEARS.get(key);
    if (known != null) {
      return known;
    }
    int year = hijriYear(day);
    remember(YEARS, key, year);
    return year;
  }

  private static int hijriYear(LocalDate day) {
    Calendar gregorian = Calendar.getInstance(TimeZone.GMT_ZONE);
    gregorian.clear();
    gregorian.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 12, 0);
    IslamicCalendar calendar = umAlQura();
    calendar.setTime(gregorian.getTime());
    return calendar.get(Calendar.EXTENDED_YEAR);
  }

  /** The Gregorian day of Hijri {@code month}/{@code day} in the year that is nearest {@code ref}. */
  static LocalDate nearest(LocalDate ref, int month, int day) {
    int year = yearOf(ref);
    LocalDate best = null;
    for (int y = year - 1; y <= year + 1; y++) {
      LocalDate candidate = toGregorian(y, month, day);
      if (best == null || distance(ref, candidate) < distance(ref, best)) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * The Hijri year of {@code month} seen from {@code ref}: the last one begun before it for PAST,
   * the next one for NEXT, the nearest (by its middle) otherwise.
   */
  static int yearOfMonth(LocalDate ref, int month, String relation) {
    int year = yearOf(ref);
    if ("PAST".equals(relation)) {
      return toGregorian(year, month, 1).isBefore(ref) ? year : year - 1;
    }
    if ("NEXT".equals(relation)) {
      return toGregorian(year, month, 1).isAfter(ref) ? year : year + 1;
    }
    return yearOf(nearest(ref, month, 15));
  }

  /**
   * The Gregorian year a Hijri year falls in ({@code 1429} → {@code 2008}), or {@code null} when
   * it spans two, as most do (eval/time/GUIDELINES.md: no single ISO value then).
   */
  static String gregorianYear(int year) {
    int first = toGregorian(year, 1, 1).getYear();
    int last = toGregorian(year + 1, 1, 1).minusDays(1).getYear();
    return first == last ? Values.year(first) : null;
  }

  /** The Gregorian month a Hijri month falls in, or {@code null} when it spans two. */
  static String gregorianMonth(int year, int month) {
    YearMonth first = YearMonth.from(toGregorian(year, month, 1));
    YearMonth last = YearMonth.from(toGregorian(month == 12 ? year + 1 : year,
        month == 12 ? 1 : month + 1, 1).minusDays(1));
    return first.equals(last) ? Values.month(first) : null;
  }

  /** The first day of the feast nearest {@code ref}: Eid al-Fitr, Eid al-Adha, or either. */
  static LocalDate feast(LocalDate ref, String which) {
    LocalDate fitr = nearest(ref, SHAWWAL, 1);
    LocalDate adha = nearest(ref, DHU_AL_HIJJA, 10);
    if (which.contains(FITR)) {
      return fitr;
    }
    if (which.contains(ADHA)) {
      return adha;
    }
    return distance(ref, fitr) <= distance(ref, adha) ? fitr : adha;
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  private static IslamicCalendar umAlQura() {
    IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE);
    calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return calendar;
  }
}
