package org.isnad.extract;

import static org.isnad.text.GrammarWords.HIJRI_MARK;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.isnad.text.MonthNames;

/**
 * The day a page's own date stamp states. Only a full date with a year counts:
 * <ul>
 *   <li>day, month name, year: {@code 24 ديسمبر 2017}, {@code 21 / جانفي / 2018},
 *       {@code 9 كانون الثاني / يناير 2018} (names from the text layer's {@code months.txt});
 *   <li>month name, day, year: {@code نوفمبر 15 , 2016};
 *   <li>day, month, year in digits with one separator: {@code 24/12/2017}, {@code 24 . 12 . 2017}
 *       (day first, as Arabic pages write it);
 *   <li>year, month, day: {@code 2017-12-24}, {@code 2017 / 12 / 24}.
 * </ul>
 * Arabic-Indic digits count as digits. Two readings:
 * <ul>
 *   <li>{@link #ofStampLine}: a line that is only a stamp ({@link DateStamp}) gives its first
 *       date;
 *   <li>{@link #ofTopLine}: in the title area, a date counts only when it reads as a stamp: right
 *       after a publication label ({@code stamp-markers.txt}: "نشر في"، "آخر تحديث"), or right
 *       before a clock time or a time zone ({@code stamp-after.txt}) or right after a clock time
 *       ("23 : 26 19 . 12 . 2017"), and within the first
 *       {@value #TOP_CHARS} characters of the line; either way not when the word before it (or
 *       before its weekday) is a word of a sentence ({@code stamp-refusals.txt}: "يوم الأحد 12
 *       مارس 2016 الساعة 10" is told, not stamped). "وقع الهجوم في 12 مارس 2016" gives nothing.
 *       A weekday and a date alone are not enough: site headers print today's date on every
 *       page, and on real pages that date is the crawl day far more often than the article's.
 *       Stamps of two different days in the title area give nothing.
 * </ul>
 * Thread safe.
 */
final class StampDate {
  static final int TOP_CHARS = 400;
  private static final Map<String, Integer> MONTHS = months();
  private static final List<String> MARKERS = ResourceLines.read("stamp-markers.txt").stream()
      .map(MatchText::of).sorted(Comparator.comparingInt(String::length).reversed()).toList();
  private static final Set<String> WEEKDAYS = ResourceLines.read("weekdays.txt").stream()
      .map(line -> MatchText.of(line.split("\t")[1])).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> REFUSALS = ResourceLines.read("stamp-refusals.txt").stream()
      .map(MatchText::of).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> UPDATES = ResourceLines.read("stamp-updates.txt").stream()
      .map(MatchText::of).collect(Collectors.toUnmodifiableSet());

  private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
  private static final String NAME = "(" + MONTHS.keySet().stream().map(Pattern::quote)
      .collect(Collectors.joining("|")) + ")";
  private static final String ALT = "(?:\\s*/\\s*" + NAME.replace("(", "(?:") + ")?";
  private static final Pattern DAY_NAME_YEAR = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})"
      + "\\s*[/\\-.]?\\s*" + NAME + "(?!\\p{L})" + ALT + "\\s*[/\\-.,]?\\s*" + YEAR);
  private static final Pattern NAME_DAY_YEAR = Pattern.compile("(?<!\\p{L})" + NAME
      + "\\s+(\\d{1,2})\\s*,?\\s*" + YEAR);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\d.:/\\-])(\\d{1,2})\\s*([/\\-.])\\s*(\\d{1,2})\\s*\\2\\s*" + YEAR);
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
      "(?<![\\d.:/\\-])((?:19|20)\\d{2})\\s*([/\\-.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)");
  private static final Pattern TIME_AFTER = Pattern.compile("^[\\s,|()\\-–—]*(?:"
      + alternation("stamp-era.txt") + "(?!\\p{L}))?[\\s,|()\\-–—]*(?:\\d{1,2}\\s*:\\s*\\d{2}|"
      + alternation("stamp-after.txt") + "(?!\\p{L}))");

  /**
   * A Hijri date right before ("20 ذو الحجة 1438 هـ - 11 سبتمبر 2017 م"): a masthead giving the
   * day in both calendars. "الموافق" between them is a sentence's, and does not match; inside
   * parentheses the pair is a citation of another page ("نشر موقع ( أورينت , السبت 22 صفر 1439 هـ
   * - 2017 / 11 / 11 م )"), not this page's stamp.
   */
  private static final Pattern HIJRI_BEFORE = Pattern.compile(
      "(?<!\\d)\\d{1,2}\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+1[34]\\d{2}\\s*" + HIJRI_MARK + "?$");

  /** A clock time right before a date ("23 : 26 19 . 12 . 2017"): the stamp's own time. */
  private static final Pattern TIME_BEFORE = Pattern.compile(
      "(?<![\\d:])\\d{1,2}\\s*:\\s*\\d{2}$");

  /** A date found in folded text, with where it starts and ends. */
  private record Found(LocalDate day, int start, int end) {}

  private StampDate() {}

  /** The first full date of a line that is only a date stamp. */
  static Optional<LocalDate> ofStampLine(Line line) {
    if (!DateStamp.matches(line)) {
      return Optional.empty();
    }
    List<Found> found = dates(line.match());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).day());
  }

  /**
   * The date in the title area of {@code line} that reads as the page's own stamp; nothing when
   * there are stamps of two different days (a list of latest news with their times, an edition
   * header beside the story's date: which one is the article's is not clear).
   */
  static Optional<LocalDate> ofTopLine(Line line) {
    String text = line.match();
    String head = text.length() > TOP_CHARS ? text.substring(0, TOP_CHARS) : text;
    List<LocalDate> days = dates(head).stream().filter(f -> stamped(text, f))
        .map(Found::day).distinct().toList();
    return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
  }

  private static boolean stamped(String text, Found f) {
    String before = trimEnd(text.substring(0, f.start()));
    if (HIJRI_BEFORE.matcher(before).find()) {
      return before.lastIndexOf('(') <= before.lastIndexOf(')');
    }
    Boolean label = label(before);
    String weekday = lastWord(before);
    if (label == null && WEEKDAYS.contains(weekday)) {
      label = label(trimEnd(before.substring(0, before.length() - weekday.length())));
    }
    if (label != null) {
      return label;
    }
    if (!TIME_AFTER.matcher(text.substring(f.end())).find() && !afterOwnTime(before)) {
      return false;
    }
    String word = lastWord(before);
    if (WEEKDAYS.contains(word)) {
      word = lastWord(trimEnd(before.substring(0, before.length() - word.length())));
    }
    return !REFUSALS.contains(word);
  }

  /**
   * Whether the publication label {@code before} ends with ("نشر في"، "تم نشره في") is the page's:
   * {@code null} when it ends with none, false when a word of a sentence precedes the label.
   */
  private static Boolean label(String before) {
    for (String marker : MARKERS) {
      if (before.endsWith(marker) && startsWord(before, before.length() - marker.length())) {
        return !REFUSALS.contains(lastWord(before.substring(0, before.length()
            - marker.length())));
      }
    }
    return null;
  }

  /** Whether {@code before} ends with a clock time that is not an update's. */
  private static boolean afterOwnTime(String before) {
    Matcher m = TIME_BEFORE.matcher(before);
    return m.find() && !UPDATES.contains(lastWord(trimEnd(before.substring(0, m.start()))));
  }

  private static String trimEnd(String text) {
    return text.replaceAll("[\\s,\u060C:|()\\-–—]+$", "");
  }

  private static boolean startsWord(String text, int at) {
    return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
  }

  private static String lastWord(String text) {
    String trimmed = text.strip();
    int space = trimmed.lastIndexOf(' ');
    return trimmed.substring(space + 1);
  }

  /** Every full date in folded {@code text}, in order of position. */
  private static List<Found> dates(String text) {
    List<Found> found = new java.util.ArrayList<>();
    if (!hasYear(text)) {
      return found; // every pattern needs a year: most lines are not searched at all
    }
    Matcher m = DAY_NAME_YEAR.matcher(text);
    while (m.find()) {
      add(found, m, m.group(3), MONTHS.get(m.group(2)), m.group(1));
    }
    m = NAME_DAY_YEAR.matcher(text);
    while (m.find()) {
      add(found, m, m.group(3), MONTHS.get(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(found, m, m.group(4), Integer.parseInt(m.group(3)), m.group(1));
    }
    m = YEAR_MONTH_DAY.matcher(text);
    while (m.find()) {
      add(found, m, m.group(1), Integer.parseInt(m.group(3)), m.group(4));
    }
    found.sort(Comparator.comparingInt(Found::start));
    return found;
  }

  /** True when {@code text} holds "19" or "20" and two more digits: a {@code YEAR} can match. */
  private static boolean hasYear(String text) {
    return hasYear(text, '2', '0') || hasYear(text, '1', '9');
  }

  private static boolean hasYear(String text, char first, char second) {
    for (int i = text.indexOf(second, 1); i >= 0 && i + 2 < text.length();
        i = text.indexOf(second, i + 1)) {
      if (text.charAt(i - 1) == first && isDigit(text.charAt(i + 1))
          && isDigit(text.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void add(List<Found> found, Matcher m, String year, int month, String day) {
    try {
      found.add(new Found(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)),
          m.start(), m.end()));
    } catch (DateTimeException e) {
      // not a day of the calendar ("31 / 02 / 2017"): not a stamp
    }
  }

  private static String alternation(String file) {
    return "(?:" + ResourceLines.read(file).stream().map(MatchText::of).map(Pattern::quote)
        .collect(Collectors.joining("|")) + ")";
  }

  /**
   * The stamp months of the text layer's one month list ({@link MonthNames}), longest entry first
   * (as the lines "name<TAB>number" were sorted), so a longer name wins the alternation.
   */
  private static Map<String, Integer> months() {
    Map<String, Integer> months = new LinkedHashMap<>();
    MonthNames.of(MonthNames.Use.STAMP).stream()
        .sorted(Comparator.comparingInt((MonthNames.Entry e) -> e.name().length() + 1
            + String.valueOf(e.number()).length()).reversed())
        .forEach(e -> months.put(MatchText.of(e.name()), e.number()));
    return months;
  }
}
