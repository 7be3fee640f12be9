package org.isnad.annotate.time;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.MonthNames;
import org.isnad.text.RuleFile;

/**
 * The time vocabulary of {@code org/isnad/annotate/time/*.txt}: month, weekday, ordinal,
 * cardinal, unit, part-of-day, relation and period-edge words, each normalised and mapped to its
 * value, and the plain word lists that guard bare years, fixed names and vague counts, with a
 * regular-expression alternation per list (longest words first). Loaded once; immutable and
 * thread safe.
 */
final class TimeLexicon {
  private static final class Holder {
    static final TimeLexicon BUNDLED = new TimeLexicon();
  }

  /** The Gregorian months of the text layer's one month list ({@link MonthNames}). */
  final Map<String, Integer> months = months(MonthNames.Calendar.GREGORIAN);
  final Map<String, Integer> hijriMonths = months(MonthNames.Calendar.HIJRI);
  /** The Arabic names of the one weekday list, extract's {@code weekdays.txt}. */
  final Map<String, Integer> weekdays = arabic(numbered("/org/isnad/extract/weekdays.txt"));
  final Map<String, Integer> ordinals = numbered("ordinals.txt");
  final Map<String, Integer> cardinals = numbered("cardinals.txt");
  final Map<String, String> parts = coded("parts-of-day.txt");
  final Map<String, String> relations = coded("relative-words.txt");
  final Map<String, String> edges = coded("period-edges.txt");
  final Map<String, String[]> units = units();
  final Map<String, Integer> dialectDays = numbered("dialect-days.txt");
  final Map<String, Integer> ages = numbered("ages.txt");
  final List<String> yearLeads = words("year-lead-words.txt");
  final List<String> weekdayNameLeads = words("weekday-name-leads.txt");
  final List<String> quantityWords = words("quantity-words.txt");
  final List<String> yearFollowers = words("year-followers.txt");
  final List<String> fixedNames = words("fixed-names.txt");
  final List<String> vagueCounts = words("vague-counts.txt");
  final List<String> notTime = words("not-time.txt");
  final List<String> eventNameHeads = words("event-name-heads.txt");
  final List<String> copyrightMarks = words("copyright-marks.txt");
  final List<String> copyrightTails = words("copyright-tails.txt");
  final Map<String, String> vagueRefs = coded("vague-refs.txt");
  final Map<String, String> quantifiers = coded("quantifiers.txt");
  final Map<String, String> quantifiersAfter = coded("quantifiers-after.txt");
  final Map<String, Integer> centuries = numbered("centuries.txt");
  final Map<String, Integer> hours = numbered("hours.txt");
  final Map<String, Integer> hourFractions = numbered("hour-fractions.txt");
  final List<String> ambiguousMonths = phrases("ambiguous-months.txt");
  final List<String[]> monthLeads = tagged("month-leads.txt");
  final List<String[]> epithets = tagged("epithets.txt");
  final List<String> feasts = phrases("feasts.txt");
  final List<String[]> feastDays = tagged("feast-days.txt");
  final List<String[]> seasons = tagged("seasons.txt");
  final List<String> seasonBlockers = phrases("season-blockers.txt");
  final List<String[]> quarters = tagged("quarters.txt");
  final List<String> yearWords = phrases("year-words.txt");
  final List<String> bareYearLeads = phrases("bare-year-leads.txt");
  final List<String> englishYearLeads = phrases("english-year-leads.txt");
  final List<String> bareYearFollowWords = phrases("bare-year-follow-words.txt");
  final List<String[]> daysBefore = tagged("days-before.txt");
  final List<String[]> daysAfter = tagged("days-after.txt");
  final List<String[]> todayOutlets = tagged("today-outlets.txt");
  final List<String> notTodayAfter = phrases("not-today-after.txt");
  final List<String[]> pluralUnits = tagged("plural-units.txt");
  final List<String[]> pluralRelations = tagged("plural-relations.txt");
  final List<String[]> dualRelations = tagged("dual-relations.txt");
  final List<String> dualUnits = phrases("dual-units.txt");
  final List<String> lengthAdjectives = phrases("length-adjectives.txt");
  final List<String> vagueAmounts = phrases("vague-amounts.txt");
  final List<String[]> extentWords = tagged("extent-words.txt");
  final List<String> ageLeads = phrases("age-leads.txt");
  final List<String[]> decades = tagged("decades.txt");
  final List<String[]> recurrences = tagged("recurrences.txt");
  final List<String> countWords = phrases("count-words.txt");
  final List<String[]> firstWords = tagged("first-words.txt");
  /** The fixed first words of a length's pattern, no triggers (duration-first-words.txt). */
  final List<String> durationFirstWords = words("duration-first-words.txt");
  final List<String> futureWords = phrases("future-words.txt");
  final List<String> futureNounStarts = phrases("future-noun-starts.txt");
  final List<String> dayJoinWords = phrases("day-join-words.txt");
  final List<String> lengthJoiners = phrases("length-joiners.txt");
  final List<String> nightDays = phrases("night-days.txt");

  static TimeLexicon bundled() {
    return Holder.BUNDLED;
  }

  static String normalize(String text) {
    return ArabicNormalizer.standard().normalizeToString(text);
  }

  private static List<String[]> entries(String file) {
    return RuleFile.read(TimeLexicon.class, file).stream()
        .map(line -> line.split("\t"))
        .peek(parts -> {
          if (parts.length < 2) {
            throw new IllegalStateException(file + ": expected value<TAB>word: " + parts[0]);
          }
        }).toList();
  }

  /** A plain word list: one normalised entry a line. */
  private static List<String> words(String file) {
    return RuleFile.read(TimeLexicon.class, file).stream().map(TimeLexicon::normalize).distinct()
        .toList();
  }

  /**
   * A list whose order counts (a pattern tries its entries in file order): one normalised entry a
   * line, duplicates kept (the bundled-files test refuses them).
   */
  private static List<String> phrases(String file) {
    return RuleFile.read(TimeLexicon.class, file).stream().map(TimeLexicon::normalize).toList();
  }

  /** Tab-separated entries in file order, the last column (the words) normalised. */
  private static List<String[]> tagged(String file) {
    return entries(file).stream().map(parts -> {
      String[] copy = parts.clone();
      copy[copy.length - 1] = normalize(copy[copy.length - 1]);
      return copy;
    }).toList();
  }

  /** The words (last column) of the entries whose first column is one of {@code tags}. */
  static List<String> tagged(List<String[]> entries, String... tags) {
    List<String> wanted = List.of(tags);
    return entries.stream().filter(e -> wanted.contains(e[0])).map(e -> e[e.length - 1])
        .toList();
  }

  /** The words (last column) of all entries, in order. */
  static List<String> words(List<String[]> entries) {
    return entries.stream().map(e -> e[e.length - 1]).toList();
  }

  /** The value in column {@code column} of the entry whose word is {@code word}, or null. */
  static String valueOf(List<String[]> entries, int column, String word) {
    for (String[] e : entries) {
      if (e[e.length - 1].equals(word)) {
        return e[column];
      }
    }
    return null;
  }

  private static Map<String, Integer> arabic(Map<String, Integer> names) {
    Map<String, Integer> map = new LinkedHashMap<>();
    names.forEach((name, value) -> {
      if (Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.ARABIC) {
        map.put(name, value);
      }
    });
    return Map.copyOf(map);
  }

  private static Map<String, Integer> months(MonthNames.Calendar calendar) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (MonthNames.Entry entry : MonthNames.of(calendar, MonthNames.Use.TIME)) {
      map.put(normalize(entry.name()), entry.number());
    }
    return Map.copyOf(map);
  }

  private static Map<String, Integer> numbered(String file) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (String[] entry : entries(file)) {
      map.put(normalize(entry[1]), Integer.parseInt(entry[0]));
    }
    return Map.copyOf(map);
  }

  private static Map<String, String> coded(String file) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String[] entry : entries(file)) {
      map.put(normalize(entry[1]), entry[0]);
    }
    return Map.copyOf(map);
  }

  /** word → {unit, count}. */
  private static Map<String, String[]> units() {
    Map<String, String[]> map = new LinkedHashMap<>();
    for (String[] entry : entries("units.txt")) {
      map.put(normalize(entry[2]), new String[] {entry[0], entry[1]});
    }
    return Map.copyOf(map);
  }

  /** A non-capturing alternation of the words, longest first, spaces matching any space run. */
  static String alternation(java.util.Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /**
   * A non-capturing alternation of the words in their given order (the first that fits wins),
   * spaces matching any space run.
   */
  static String ordered(java.util.Collection<String> words) {
    return ordered(words, "\\s+");
  }

  /** As {@link #ordered(java.util.Collection)}, spaces matching {@code space} (bounded in a look-behind). */
  static String ordered(java.util.Collection<String> words, String space) {
    return words.stream().map(w -> Pattern.quote(w).replace(" ", "\\E" + space + "\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** Looks a matched phrase up after collapsing its inner spaces. */
  static <V> V lookup(Map<String, V> map, String matched) {
    return matched == null ? null : map.get(oneSpaced(matched));
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * {@code text} with each run of white space ({@code \\s}) made one space, as
   * {@code replaceAll("\\s+", " ")} gives it; the text itself when it has no such run (most
   * matches), without running a regular expression.
   */
  static String oneSpaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
        return SPACES.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }

  /** Whether {@code c} is white space as {@code \\s} reads it (no Unicode flag). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
