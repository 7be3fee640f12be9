package org.isnad.annotate.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.isnad.model.TimexType;

/**
 * Turns a {@link Mention} into a TIMEX3 value. Rules:
 * <ul>
 *   <li>explicit dates keep their parts; a weekday that contradicts its date is flagged;
 *   <li>deictic expressions (أمس، اليوم، "ديسمبر الماضي"، "الأسبوع المقبل"، "قبل ثلاثة أيام", a bare
 *       weekday) are resolved against the publication date; when only a window is known they are
 *       resolved when both ends of the window give the same value;
 *   <li>narrative expressions ("بعد أربعة أيام من هذه الرحلة"، "ذلك اليوم", a day and month without
 *       a year) may also use the nearest earlier explicit date of the article;
 *   <li>otherwise the value is left underspecified ({@code XXXX-12-08}) or {@code null}, never
 *       guessed.
 * </ul>
 * Hijri dates are converted with ICU's Umm al-Qura calendar. Thread safe.
 */
final class TimexResolver {
  /** How far before the reference a year-less date may lie (news tells the past). */
  private static final int MONTHS_BACK = 10;
  /** Grammar words of timex-grammar.txt the resolver tells apart. */
  private static final String THE_PAST = TimexPatterns.word("the-past");
  private static final String TODAY = TimexPatterns.word("today");
  private static final String TONIGHT = TimexPatterns.word("tonight");
  private static final String LAST_NIGHT = TONIGHT + " " + TimexPatterns.word("the-past-fem");
  private static final String TOMORROW = TimexPatterns.word("tomorrow");
  private static final String THE_WEEK = TimexPatterns.word("the-week");
  private static final String THE_MONTH = TimexPatterns.word("the-month");
  /** «م» after a clock time: مساءً, the afternoon half. */
  private static final String PM_MARK = TimexPatterns.word("pm-mark");
  private final TimeLexicon lexicon;

  TimexResolver(TimeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * What the resolver may anchor on; each may be {@code null}.
   *
   * @param published the publication window, or {@code null}
   * @param narrative the last explicit day, or {@code null}
   * @param focus the last explicit day unless a later, coarser date moved the story away from it
   */
  record Context(Reference published, Reference narrative, Reference focus, String publishedMonth) {
    Context(Reference published, Reference narrative, Reference focus) {
      this(published, narrative, focus, null);
    }
  }

  Resolved resolve(Mention m, Context context) {
    Resolved resolved = resolveUnquantified(m, context);
    return m.has("qmod") && resolved.mod() == null ? resolved.withMod(m.group("qmod")) : resolved;
  }

  private Resolved resolveUnquantified(Mention m, Context context) {
    Resolved day = resolveDay(m, context);
    if (!m.has("clocked") && m.kind() != Kind.CLOCK) {
      return day;
    }
    String time = clockTime(m);
    if (m.kind() == Kind.CLOCK) {
      return Resolved.of(TimexType.TIME, time == null ? null : "XXXX-XX-XXT" + time);
    }
    boolean dayPrecision = day.value() != null && day.value().length() == 10;
    return day.withType(TimexType.TIME).withValue(dayPrecision ? Values.withTime(day.value(), time)
        : day.value());
  }

  private Resolved resolveDay(Mention m, Context context) {
    return switch (m.kind()) {
      case DAY_MONTH -> dayMonth(m, context);
      case NUMERIC_DATE -> numeric(m);
      case MONTH_DAY_YEAR -> checkedDate(Integer.parseInt(m.group("year")), month(m),
          Integer.parseInt(m.group("dnum")), m, null);
      case CENTURY -> m.has("crel") ? relative(context, false, ref -> String.format("%02d",
          ref.getYear() / 100 - (THE_PAST.equals(m.group("crel")) ? 1 : 0)), TimexType.DATE, null)
          : Resolved.of(TimexType.DATE, century(m));
      case FISCAL_YEAR -> Resolved.of(TimexType.DATE, "FY" + m.group("fyear"));
      case HIJRI -> hijri(m);
      case MONTH, MONTH_ALONE -> month(m, context);
      case EDGE -> edge(m, context);
      case HIJRI_DAY -> hijriDay(m, context);
      case HIJRI_MONTH -> hijriMonth(m, context);
      case FEAST -> feast(m, context);
      case SEASON -> SeasonValues.season(m, relation(m), context, lexicon);
      case QUARTER -> SeasonValues.quarter(m, relation(m), context, lexicon);
      case YEAR -> Resolved.of(TimexType.DATE, m.group("year"));
      case BARE_YEAR -> Resolved.of(TimexType.DATE, bareYear(m));
      case WEEKDAY -> weekday(m, context);
      case RELATIVE_DAY -> relativeDay(m, context);
      case THAT_DAY -> thatDay(context);
      case PLAY_SEASON, THAT_PERIOD -> Resolved.of(TimexType.DATE, null);
      case RELATIVE_PERIOD -> relativePeriod(m, context);
      case AGO -> ago(m, context);
      case AFTER -> after(m, context);
      case DURATION -> duration(m);
      case SET -> set(m);
      case DECADE -> Resolved.of(TimexType.DATE, decade(m.group("decade"), lexicon));
      case VAGUE -> Resolved.of(TimexType.DATE, m.has("anaph") ? null : m.has("now") ? "PRESENT_REF"
          : m.has("past") ? "PAST_REF" : "FUTURE_REF");
      case CLOCK, PART -> Resolved.of(TimexType.TIME, null);
    };
  }

  // ---- explicit and year-less dates

  private Resolved dayMonth(Mention m, Context context) {
    int month = month(m);
    int day = m.has("dnum") ? Integer.parseInt(m.group("dnum"))
        : TimeLexicon.lookup(lexicon.ordinals, m.group("dord"));
    if (m.has("year")) {
      return checkedDate(Integer.parseInt(m.group("year")), month, day, m, null);
    }
    String relation = relation(m);
    boolean narrative = relation == null;
    Resolved resolved = relative(context, narrative, ref -> {
      Integer year = yearFor(YearMonth.from(ref), month, relation);
      return year == null ? null : safeDate(year, month, day);
    }, TimexType.DATE, Values.underspecifiedDay(month, day));
    if (resolved.value() != null && !resolved.value().startsWith("X")) {
      LocalDate date = LocalDate.parse(resolved.value());
      Resolved checked = withoutGuessedYear(checkedDate(date.getYear(), month, day, m,
          resolved.anchor()));
      return new Resolved(checked.type(), checked.value(), null, resolved.anchor(),
          checked.problem());
    }
    return resolved;
  }

  private Resolved checkedDate(int year, int month, int day, Mention m, String anchor) {
    String value = safeDate(year, month, day);
    if (value == null) {
      return new Resolved(TimexType.DATE, null, null, anchor, "no such date: " + year + "-"
          + month + "-" + day);
    }
    Integer weekday = TimeLexicon.lookup(lexicon.weekdays, m.group("wd"));
    LocalDate date = LocalDate.parse(value);
    String problem = weekday != null && date.getDayOfWeek().getValue() != weekday
        ? "weekday-mismatch: " + value + " is a " + date.getDayOfWeek().getDisplayName(
            TextStyle.FULL, Locale.ENGLISH) + ", not a " + DayOfWeek.of(weekday).getDisplayName(
            TextStyle.FULL, Locale.ENGLISH)
        : null;
    return new Resolved(TimexType.DATE, value, null, anchor, problem);
  }

  private Resolved hijri(Mention m) {
    int year = Integer.parseInt(m.group(m.has("hyear") ? "hyear" : "hyear2"));
    if (!m.has("hmon")) {
      String gregorian = HijriCalendar.gregorianYear(year);
      return gregorian != null ? Resolved.of(TimexType.DATE, gregorian)
          : Resolved.of(TimexType.DATE, null).withProblem("a Hijri year spans two Gregorian years");
    }
    int month = hijriMonth(m);
    if (m.has("dnum") || m.has("dord")) {
      LocalDate date = HijriCalendar.toGregorian(year, month, day(m));
      return checkedDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), m, null);
    }
    return Resolved.of(TimexType.DATE, HijriCalendar.gregorianMonth(year, month));
  }

  /** "28 شوال": the Hijri year nearest the reference. */
  private Resolved hijriDay(Mention m, Context context) {
    int month = hijriMonth(m);
    int day = day(m);
    Resolved resolved = relative(context, true,
        ref -> Values.date(HijriCalendar.nearest(ref, month, day)), TimexType.DATE, null);
    if (resolved.value() == null) {
      return resolved;
    }
    LocalDate date = LocalDate.parse(resolved.value());
    return withoutGuessedYear(checkedDate(date.getYear(), date.getMonthValue(),
        date.getDayOfMonth(), m, resolved.anchor()));
  }

  /**
   * A date whose year was inferred and whose weekday in the text is another day ("يوم الأحد 25
   * ربيع الثاني" resolved to a Wednesday): the inferred year is wrong, so no value.
   */
  private static Resolved withoutGuessedYear(Resolved checked) {
    return checked.problem() != null && checked.problem().startsWith("weekday-mismatch")
        ? checked.withValue(null) : checked;
  }

  /** "شهر رمضان": a Gregorian month only when the Hijri month lies inside one. */
  private Resolved hijriMonth(Mention m, Context context) {
    int month = hijriMonth(m);
    String relation = relation(m);
    return relative(context, false, ref -> HijriCalendar.gregorianMonth(
        HijriCalendar.yearOfMonth(ref, month, relation), month), TimexType.DATE, null);
  }

  /** عيد الفطر، عيد الأضحى، "ثاني أيام العيد": the feast nearest the reference. */
  private Resolved feast(Mention m, Context context) {
    String feast = m.group("feast");
    int offset = m.has("nth")
        ? Integer.parseInt(TimeLexicon.valueOf(lexicon.feastDays, 0, m.group("nth"))) : 0;
    return relative(context, false, ref -> Values.date(HijriCalendar.feast(ref, feast)
        .plusDays(offset)), TimexType.DATE, null);
  }

  private Resolved numeric(Mention m) {
    boolean iso = m.has("iy");
    boolean hijriIso = m.has("iy2");
    int year = Integer.parseInt(m.group(iso ? "iy" : hijriIso ? "iy2" : "y"));
    int month = Integer.parseInt(m.group(iso ? "im" : hijriIso ? "im2" : "m"));
    int day = Integer.parseInt(m.group(iso ? "id" : hijriIso ? "id2" : "d"));
    if (year < 1500) {
      if (month < 1 || month > 12 || day < 1 || day > 30) {
        return Resolved.of(TimexType.DATE, null);
      }
      return Resolved.of(TimexType.DATE, Values.date(HijriCalendar.toGregorian(year, month, day)));
    }
    if (!iso && month > 12 && day <= 12) {
      // «7 / 29 / 2016»: month first, as American pages write it
      return Resolved.of(TimexType.DATE, safeDate(year, day, month));
    }
    return Resolved.of(TimexType.DATE, safeDate(year, month, day));
  }

  private Resolved month(Mention m, Context context) {
    int month = month(m);
    if (m.has("year") || m.has("year4")) {
      return Resolved.of(TimexType.DATE, Values.month(YearMonth.of(
          Integer.parseInt(m.group(m.has("year") ? "year" : "year4")), month)));
    }
    String relation = relation(m);
    return relative(context, relation == null, ref -> {
      Integer year = yearFor(YearMonth.from(ref), month, relation);
      return year == null ? null : Values.month(YearMonth.of(year, month));
    }, TimexType.DATE, Values.underspecifiedMonth(month));
  }

  private Resolved edge(Mention m, Context context) {
    String mod = TimeLexicon.lookup(lexicon.edges, m.group("edge"));
    Resolved inner;
    if (m.has("period")) {
      inner = period(m.group("period"), relation(m) == null ? "CURRENT" : relation(m), context);
    } else if (m.has("year3")) {
      inner = Resolved.of(TimexType.DATE, m.group("year3"));
    } else {
      inner = month(m, context);
    }
    return inner.withMod(mod);
  }

  private static String bareYear(Mention m) {
    return java.util.stream.Stream.of("byear", "eyear", "dyear", "yearm", "lyear", "cyear", "cyear2", "syear")
        .filter(m::has).map(m::group).findFirst().orElse(null);
  }

  /** "القرن 21" and "القرن الحادي والعشرين" are TIMEX3 {@code 20}: the hundreds of its years. */
  private String century(Mention m) {
    Integer n = m.has("cnum") ? Integer.valueOf(Integer.parseInt(m.group("cnum")))
        : TimeLexicon.lookup(lexicon.centuries, m.group("cword"));
    return n == null ? null : String.format("%02d", n - 1);
  }

  // ---- deictic expressions

  private Resolved weekday(Mention m, Context context) {
    int weekday = TimeLexicon.lookup(lexicon.weekdays, m.group("wd"));
    String relation = m.has("wrel") ? TimeLexicon.lookup(lexicon.relations, m.group("wrel"))
        : null;
    DayOfWeek target = DayOfWeek.of(weekday);
    boolean future = m.has("future");
    return relative(context, false, ref -> Values.date("NEXT".equals(relation)
        ? ref.with(TemporalAdjusters.next(target))
        : future ? ref.with(TemporalAdjusters.nextOrSame(target))
        : "PAST".equals(relation) ? ref.with(TemporalAdjusters.previous(target))
        : ref.with(TemporalAdjusters.previousOrSame(target))),
        TimexType.DATE, Values.underspecifiedWeekday(weekday));
  }

  private Resolved relativeDay(Mention m, Context context) {
    String word = TimeLexicon.oneSpaced(m.group("rd"));
    String listed = TimeLexicon.valueOf(lexicon.daysBefore, 0, word);
    if (listed == null) {
      listed = TimeLexicon.valueOf(lexicon.daysAfter, 0, word);
    }
    int offset = listed != null ? Integer.parseInt(listed) : dayOffset(word);
    Resolved day = offset == 0 && context.publishedMonth() != null
        && (context.published() == null || !context.published().exact())
        ? Resolved.of(TimexType.DATE, context.publishedMonth() + "-XX")
        : m.has("wd") ? namedDay(offset, m, context)
        : relative(context, false, ref -> Values.date(ref.plusDays(offset)), TimexType.DATE, null);
    return word.startsWith(TONIGHT) ? day.withType(TimexType.TIME)
        .withValue(Values.withTime(day.value(), "NI")) : day;
  }

  /** The offset of a deictic day not in days-before/after.txt: last night, today, tomorrow. */
  private int dayOffset(String word) {
    if (word.equals(LAST_NIGHT)) {
      return -1;
    }
    if (word.equals(TODAY) || word.equals(TONIGHT)) {
      return 0;
    }
    return word.equals(TOMORROW) ? 1 : lexicon.dialectDays.getOrDefault(word, -2);
  }

  /**
   * "أمس الأحد", "اليوم (الاثنين)": the weekday is the writer's own word and wins over the
   * reference. When it is not the deictic day itself, the day is the nearest such weekday if that
   * lies up to three days before the deictic day (a late reference: SaudiNewsNet's crawl dates lag
   * publication by one to three days) or one day after it (a reference a day early, e.g. a UTC
   * date just after local midnight), and the mismatch is kept as the timex's problem. Further off
   * the weekday is as far from the reference one way as the other (four to six days late is two
   * to three days early), so the expression has no value.
   */
  private Resolved namedDay(int offset, Mention m, Context context) {
    DayOfWeek target = DayOfWeek.of(TimeLexicon.lookup(lexicon.weekdays, m.group("wd")));
    Resolved named = relative(context, false, ref -> Values.date(nearestWeekday(ref.plusDays(offset),
        target)), TimexType.DATE, Values.underspecifiedWeekday(target.getValue()));
    Resolved plain = relative(context, false, ref -> Values.date(ref.plusDays(offset)),
        TimexType.DATE, null);
    if (plain.value() == null || plain.value().equals(named.value())) {
      return named;
    }
    long shift = LocalDate.parse(plain.value()).until(LocalDate.parse(named.value())).getDays();
    String problem = "weekday-mismatch: " + m.group("rd") + " is " + plain.value() + ", not a "
        + target.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return shift >= -3 && shift <= 1
        ? named.withProblem(problem + "; the weekday overrides " + (shift > 0 ? "an early" : "a late")
            + " reference")
        : named.withValue(null).withProblem(problem + "; too far from the reference to date");
  }

  private static LocalDate nearestWeekday(LocalDate day, DayOfWeek target) {
    LocalDate before = day.with(TemporalAdjusters.previousOrSame(target));
    LocalDate after = day.with(TemporalAdjusters.nextOrSame(target));
    return day.until(after).getDays() < before.until(day).getDays() ? after : before;
  }

  private static Resolved thatDay(Context context) {
    Reference narrative = context.focus();
    if (narrative == null || !narrative.exact()) {
      return Resolved.of(TimexType.DATE, null);
    }
    return new Resolved(TimexType.DATE, Values.date(narrative.earliest()), null,
        narrative.name(), null);
  }

  private Resolved relativePeriod(Mention m, Context context) {
    String relation = m.has("this") ? "CURRENT" : relation(m);
    String period = m.has("period") ? m.group("period") : m.group("this").replaceAll(".*\\s", "");
    if (period.equals(THE_MONTH) && (m.has("dnum") || m.has("dord"))) {
      int day = m.has("dnum") ? Integer.parseInt(m.group("dnum"))
          : TimeLexicon.lookup(lexicon.ordinals, m.group("dord"));
      int step = "PAST".equals(relation) ? -1 : "NEXT".equals(relation) ? 1 : 0;
      return relative(context, false, ref -> safeDate(YearMonth.from(ref).plusMonths(step)
          .getYear(), YearMonth.from(ref).plusMonths(step).getMonthValue(), day),
          TimexType.DATE, null);
    }
    return period(period, relation, context);
  }

  private Resolved period(String period, String relation, Context context) {
    int step = "PAST".equals(relation) ? -1 : "NEXT".equals(relation) ? 1 : 0;
    Function<LocalDate, String> value = period.equals(THE_WEEK)
        ? ref -> Values.week(ref.plusWeeks(step))
        : period.equals(THE_MONTH) ? ref -> Values.month(YearMonth.from(ref).plusMonths(step))
        : ref -> Values.year(ref.getYear() + step);
    return relative(context, false, value, TimexType.DATE, null);
  }

  private Resolved ago(Mention m, Context context) {
    int count = count(m);
    String unit = unit(m);
    if (m.has("of")) {
      return Resolved.of(TimexType.DATE, null);  // before an event: see beforeDay
    }
    if (count == 0) {
      return Resolved.of(TimexType.DATE, "PAST_REF");
    }
    if (unit.equals("H") || unit.equals("MIN")) {
      // «قبل ساعتين», «قبل 30 دقيقة»: a time of day that a reference of a day cannot give
      return Resolved.of(TimexType.TIME, null);
    }
    return relative(context, false, ref -> shifted(ref, -count, unit), TimexType.DATE, null);
  }

  /**
   * «قبل ثلاثة أشهر من وقوع الاعتداءات … في 13 نوفمبر 2015»: the length counted back from the
   * day of the event, when the text names that day right after; else {@code null}.
   */
  String beforeDay(Mention m, LocalDate eventDay) {
    return m.kind() == Kind.AGO && m.has("of") && count(m) > 0
        ? shifted(eventDay, -count(m), unit(m)) : null;
  }

  private Resolved after(Mention m, Context context) {
    if (!m.has("dem") || count(m) == 0 || context.narrative() == null
        || !context.narrative().exact()) {
      return Resolved.of(TimexType.DATE, null);
    }
    Reference narrative = context.narrative();
    return new Resolved(TimexType.DATE, shifted(narrative.earliest(), count(m), unit(m)), null,
        narrative.name(), null);
  }

  private static String shifted(LocalDate ref, int count, String unit) {
    return switch (unit) {
      case "W" -> Values.date(ref.plusWeeks(count));
      case "M" -> Values.month(YearMonth.from(ref).plusMonths(count));
      case "Y" -> Values.year(ref.getYear() + count);
      case "DE" -> Integer.toString((ref.getYear() + 10 * count) / 10);
      default -> Values.date(ref.plusDays(unit.equals("D") ? count : 0));
    };
  }

  // ---- durations and sets

  /** The decade's value: the first three digits of its first year (decades.txt). */
  private static String decade(String word, TimeLexicon lexicon) {
    for (String[] decade : lexicon.decades) {
      if (word.contains(decade[1])) {
        return decade[0].substring(0, 3);
      }
    }
    return null;
  }

  private Resolved duration(Mention m) {
    if (m.has("mm")) {
      return Resolved.of(TimexType.DURATION, "PT" + Integer.parseInt(m.group("mm")) + "M"
          + Integer.parseInt(m.group("ss")) + "S");
    }
    if (m.has("halfunit")) {
      return Resolved.of(TimexType.DURATION, withHalf(1, TimeLexicon.lookup(lexicon.units,
          m.group("halfunit"))[0]));
    }
    if (m.has("half")) {
      return Resolved.of(TimexType.DURATION, withHalf(count(m), unit(m)));
    }
    if (m.has("plural2")) {
      String[] unit = TimeLexicon.lookup(lexicon.units, m.group("plural2"));
      return Resolved.of(TimexType.DURATION, unit == null ? null : Values.duration("X", unit[0]));
    }
    if (m.has("agen")) {
      return Resolved.of(TimexType.DURATION, Values.duration(Integer.parseInt(m.group("agen")), "Y"));
    }
    if (m.has("age")) {
      int tens = m.has("agetens") ? TimeLexicon.lookup(lexicon.ages, m.group("agetens")) : 0;
      int units = TimeLexicon.lookup(lexicon.ages, m.group("age"));
      // «الخامسة والثلاثين» is 35; «الثلاثين والخامسة» is no age
      return Resolved.of(TimexType.DURATION, tens > 0 && (units >= 10 || tens % 10 != 0)
          ? null : Values.duration(units + tens, "Y"));
    }
    if (m.has("few") || m.has("fewafter")) {
      String[] unit = TimeLexicon.lookup(lexicon.units, m.group(m.has("few") ? "fewunit"
          : "unitafter"));
      return Resolved.of(TimexType.DURATION, unit == null ? null : Values.duration("X", unit[0]));
    }
    if (m.has("frac")) {
      int minutes = lexicon.hourFractions.get(m.group("frac"));
      return Resolved.of(TimexType.DURATION, Values.duration(minutes, "MIN"));
    }
    if (m.has("bare") || m.has("one") || m.has("years")) {
      String[] unit = TimeLexicon.lookup(lexicon.units, m.group(m.has("bare") ? "bare"
          : m.has("one") ? "one" : "years"));
      return Resolved.of(TimexType.DURATION, unit == null ? null : unit[1].equals("0")
          ? Values.duration("X", unit[0]) : Values.duration(Integer.parseInt(unit[1]), unit[0]));
    }
    if (m.has("dual")) {
      String[] unit = TimeLexicon.lookup(lexicon.units, m.group("dual"));
      return Resolved.of(TimexType.DURATION, unit == null ? null : Values.duration(2, unit[0]));
    }
    if (m.has("cardpre")) {
      String[] unit = TimeLexicon.lookup(lexicon.units, m.group("unitpost"));
      Integer count = TimeLexicon.lookup(lexicon.cardinals, m.group("cardpre"));
      return Resolved.of(TimexType.DURATION, unit == null || count == null ? null
          : Values.duration(count, unit[0]));
    }
    if (m.has("plural")) {
      String[] unit = TimeLexicon.lookup(lexicon.units, m.group("plural"));
      Integer count = TimeLexicon.lookup(lexicon.cardinals, m.group("cardw"));
      Integer more = TimeLexicon.lookup(lexicon.cardinals, m.group("cardw2"));
      count = count == null || !m.has("cardw2") ? count : more == null ? null : count + more;
      return Resolved.of(TimexType.DURATION, unit == null || count == null ? null
          : Values.duration(count, unit[0]));
    }
    String first = Values.duration(count(m), unit(m));
    if (m.has("unit2")) {
      String[] unit2 = TimeLexicon.lookup(lexicon.units, m.group("unit2"));
      return Resolved.of(TimexType.DURATION, unit2 == null ? null
          : Values.sum(first, Values.duration(number(m.group("n2")), unit2[0])));
    }
    return Resolved.of(TimexType.DURATION, first);
  }

  /** "24 عاما ونصف", "ساعة ونصف": the count and half a unit more; null for other units. */
  private static String withHalf(int count, String unit) {
    return switch (unit) {
      case "Y" -> "P" + count + "Y6M";
      case "H" -> "PT" + count + "H30M";
      default -> null;
    };
  }

  private Resolved set(Mention m) {
    if (m.has("sunit")) {
      String[] unit = TimeLexicon.lookup(lexicon.units, m.group("sunit"));
      int count = m.has("n") ? count(m) : 1;
      return Resolved.of(TimexType.SET, unit == null ? null : Values.duration(count, unit[0]));
    }
    String word = m.has("adv") ? m.group("adv") : m.group("adj");
    String unit = TimeLexicon.valueOf(lexicon.recurrences, 1, word);
    return Resolved.of(TimexType.SET, Values.duration(1, unit));
  }

  // ---- shared helpers

  /**
   * Resolves a relative expression: against the publication window when both of its ends agree,
   * else (for narrative expressions) against the last explicit date, else the fallback value.
   */
  static Resolved relative(Context context, boolean narrative,
      Function<LocalDate, String> valueAt, TimexType type, String fallback) {
    Reference published = context.published();
    if (published != null) {
      String first = valueAt.apply(published.earliest());
      String last = valueAt.apply(published.latest());
      if (first != null && first.equals(last)) {
        return new Resolved(type, first, null, "published", null);
      }
    }
    Reference story = context.narrative();
    if (narrative && story != null && story.exact()) {
      String value = valueAt.apply(story.earliest());
      if (value != null) {
        return new Resolved(type, value, null, story.name(), null);
      }
    }
    return Resolved.of(type, fallback);
  }

  /**
   * The year of month {@code month} as seen from {@code reference}: the last one before it for
   * PAST, the same for CURRENT, the next for NEXT, and for no relation the nearest one no more
   * than {@value #MONTHS_BACK} months back.
   */
  static Integer yearFor(YearMonth reference, int month, String relation) {
    YearMonth same = YearMonth.of(reference.getYear(), month);
    if (relation == null) {
      return same.isAfter(reference.plusMonths(12 - MONTHS_BACK)) ? same.getYear() - 1
          : same.isBefore(reference.minusMonths(MONTHS_BACK)) ? same.getYear() + 1
          : same.getYear();
    }
    return switch (relation) {
      case "PAST" -> same.isBefore(reference) ? same.getYear() : same.getYear() - 1;
      case "NEXT" -> same.isAfter(reference) ? same.getYear() : same.getYear() + 1;
      default -> same.equals(reference) ? same.getYear() : null;
    };
  }

  private int hijriMonth(Mention m) {
    return TimeLexicon.lookup(lexicon.hijriMonths, m.group("hmon"));
  }

  private int day(Mention m) {
    return m.has("dnum") ? Integer.parseInt(m.group("dnum"))
        : TimeLexicon.lookup(lexicon.ordinals, m.group("dord"));
  }

  private int month(Mention m) {
    return TimeLexicon.lookup(lexicon.months, m.group("mon"));
  }

  private String relation(Mention m) {
    return TimeLexicon.lookup(lexicon.relations, m.group("rel"));
  }

  private int count(Mention m) {
    String[] unit = TimeLexicon.lookup(lexicon.units, m.group("unit"));
    if (!m.has("n")) {
      return unit == null ? 1 : Integer.parseInt(unit[1]);
    }
    return number(m.group("n"));
  }

  /** A count written in digits or as a cardinal word («ثلاثة»). */
  private int number(String n) {
    Integer word = TimeLexicon.lookup(lexicon.cardinals, n);
    return word != null ? word : Integer.parseInt(n);
  }

  private String unit(Mention m) {
    String[] unit = TimeLexicon.lookup(lexicon.units, m.group("unit"));
    return unit == null ? "D" : unit[0];
  }

  private String clockTime(Mention m) {
    String hour = m.has("h") ? m.group("h") : m.has("hw")
        ? String.valueOf(TimeLexicon.lookup(lexicon.hours, m.group("hw"))) : m.group("h2");
    String part = TimeLexicon.lookup(lexicon.parts, m.group("part"));
    if (hour == null) {
      return part;
    }
    int h = Integer.parseInt(hour);
    String minutes = m.has("mi") ? m.group("mi") : m.has("mi2") ? m.group("mi2")
        : m.has("hfrac") ? String.format("%02d", TimeLexicon.lookup(lexicon.hourFractions,
        m.group("hfrac"))) : "00";
    String ampm = m.has("ampm") ? m.group("ampm").toLowerCase(Locale.ROOT).replace(".", "") : null;
    if (ampm != null) {
      // «8 : 11 م» (مساءً) and «6 : 36 AM»: the half of the day is said
      boolean pm = ampm.equals(PM_MARK) || ampm.equals("pm");
      h = h == 12 ? (pm ? 12 : 0) : pm && h < 12 ? h + 12 : h;
    } else if (h < 12 && ("EV".equals(part) || ("AF".equals(part) || "MI".equals(part)) && h < 7
        || "NI".equals(part) && h >= 6)) {
      h += 12;
    }
    return h > 23 || Integer.parseInt(minutes) > 59 ? null
        : Values.padded(h, 2) + ":" + minutes + (m.has("sec") ? ":" + m.group("sec") : "");
  }

  private static String safeDate(int year, int month, int day) {
    try {
      return Values.date(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
