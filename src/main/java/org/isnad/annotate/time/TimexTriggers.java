package org.isnad.annotate.time;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.CONJUNCTIONS;
import static org.isnad.text.GrammarWords.PREPOSITIONS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.CharKinds;
import org.isnad.text.PrefixTree;

/**
 * The words a time expression can begin with: the first word of every lexicon entry and the
 * fixed words of {@link TimexPatterns}, plus any number. The finder tries its patterns only where
 * such a word starts (after an optional one-letter proclitic), which keeps it linear in the
 * number of candidate words instead of patterns × characters. At such a word only the kinds
 * whose pattern can begin with it are tried ({@link #kindsAt}): each kind lists the words (as
 * prefixes, so glued forms such as «ينايركانون» still qualify) its pattern's text can start
 * with, and whether it can start with a digit; a look-behind on the previous word narrows a
 * pattern further but never changes which word its match begins with. Immutable and thread safe.
 */
final class TimexTriggers {
  private static final String CLITICS = org.isnad.text.Proclitics.letters();
  /** The plural ending ات of a decade («الثمانينات»), timex-grammar.txt. */
  private static final String PLURAL_ENDING = TimexPatterns.word("plural-ending");

  /** Kinds whose pattern can begin with a digit. */
  private static final Set<Kind> DIGIT_KINDS = EnumSet.of(Kind.DAY_MONTH, Kind.NUMERIC_DATE,
      Kind.HIJRI, Kind.HIJRI_DAY, Kind.BARE_YEAR, Kind.RELATIVE_PERIOD, Kind.CLOCK,
      Kind.DURATION);

  private final Set<String> words = new HashSet<>();
  /** {@link #words} by their letters, each with its length: a word is one when all of it is. */
  private final PrefixTree<Integer> wordLengths = new PrefixTree<>();
  /**
   * The first words of the phrases of {@code not-time.txt}, or null: see {@link #mayBeginNonTime}.
   */
  private final PrefixTree<Boolean> nonTimeFirstWords;
  /** A decade word («التسعينات»), matched whole. */
  private final java.util.regex.Pattern decade;
  private final List<String> months;
  /** The months again, looked up by the words they begin. */
  private final PrefixTree<String> monthPrefixes = new PrefixTree<>();
  private final Map<Kind, List<String>> firstWords = new EnumMap<>(Kind.class);
  /** Each first word of {@link #firstWords}, as a prefix, with the kinds it starts (bits). */
  private final PrefixTree<long[]> kindPrefixes = new PrefixTree<>();

  TimexTriggers(TimeLexicon lexicon) {
    // first-words.txt: the fixed first words of each kind's pattern, all of them triggers
    for (String[] entry : lexicon.firstWords) {
      words.add(entry[1]);
    }
    List<String> seasons = TimeLexicon.words(lexicon.seasons);
    List<String> recurrences = TimeLexicon.words(lexicon.recurrences);
    List<String> definiteRecurrences = TimeLexicon.tagged(lexicon.recurrences, "ADJECTIVE")
        .stream().map(w -> ARTICLE + w).toList();
    List<String> decades = TimeLexicon.words(lexicon.decades);
    List<String> days = firstWords(java.util.stream.Stream.concat(lexicon.daysBefore.stream(),
        lexicon.daysAfter.stream()).map(e -> e[1]).toList());
    words.addAll(seasons);
    words.addAll(recurrences);
    words.addAll(definiteRecurrences);
    words.addAll(lexicon.dualUnits);
    words.addAll(days);
    words.addAll(firstWords(TimeLexicon.words(lexicon.feastDays)));
    words.addAll(firstWords(lexicon.feasts));
    words.addAll(lexicon.yearWords);
    for (String plural : TimeLexicon.tagged(lexicon.pluralUnits, "Y", "D", "M", "W", "H")) {
      words.add(ARTICLE + plural);
    }
    decade = java.util.regex.Pattern.compile(TimexPatterns.expand("(?:{article})?")
        + TimeLexicon.ordered(decades)
        + TimexPatterns.expand("(?:{plural-ending}|{nisba-plural-ending})"));
    addFirstWords(lexicon.months.keySet());
    addFirstWords(lexicon.hijriMonths.keySet());
    addFirstWords(lexicon.weekdays.keySet());
    addFirstWords(lexicon.ordinals.keySet());
    addFirstWords(lexicon.cardinals.keySet());
    addFirstWords(lexicon.parts.keySet());
    addFirstWords(lexicon.edges.keySet());
    addFirstWords(lexicon.units.keySet());
    addFirstWords(lexicon.dialectDays.keySet());
    addFirstWords(lexicon.vagueCounts);
    addFirstWords(lexicon.vagueRefs.keySet());
    addFirstWords(lexicon.hours.keySet());
    addFirstWords(lexicon.ages.keySet());
    months = List.copyOf(lexicon.months.keySet());
    // «اليومين الماضيين», «الثمانية أشهر الأخيرة»: a dual or a count with the article
    for (String dual : lexicon.dualUnits) {
      words.add(ARTICLE + dual);
    }
    for (String cardinal : firstWords(lexicon.cardinals.keySet())) {
      words.add(ARTICLE + cardinal);
    }
    List<String> weekdays = firstWords(lexicon.weekdays.keySet());
    List<String> ordinals = firstWords(lexicon.ordinals.keySet());
    List<String> monthWords = firstWords(lexicon.months.keySet());
    List<String> hijri = firstWords(lexicon.hijriMonths.keySet());
    starts(Kind.DAY_MONTH, fixed(lexicon, Kind.DAY_MONTH), weekdays, ordinals);
    starts(Kind.NUMERIC_DATE, fixed(lexicon, Kind.NUMERIC_DATE), weekdays);
    starts(Kind.MONTH_DAY_YEAR, monthWords, weekdays);
    starts(Kind.CENTURY, fixed(lexicon, Kind.CENTURY));
    starts(Kind.FISCAL_YEAR, fixed(lexicon, Kind.FISCAL_YEAR));
    starts(Kind.HIJRI, fixed(lexicon, Kind.HIJRI), weekdays, ordinals, hijri);
    starts(Kind.HIJRI_DAY, fixed(lexicon, Kind.HIJRI_DAY), weekdays, ordinals);
    starts(Kind.HIJRI_MONTH, fixed(lexicon, Kind.HIJRI_MONTH), hijri);
    starts(Kind.FEAST, TimeLexicon.words(lexicon.feastDays), fixed(lexicon, Kind.FEAST),
        firstWords(lexicon.feasts));
    starts(Kind.SEASON, fixed(lexicon, Kind.SEASON), seasons);
    starts(Kind.QUARTER, fixed(lexicon, Kind.QUARTER));
    starts(Kind.MONTH, fixed(lexicon, Kind.MONTH), monthWords);
    starts(Kind.MONTH_ALONE, monthWords);
    starts(Kind.EDGE, firstWords(lexicon.edges.keySet()));
    starts(Kind.YEAR, lexicon.yearWords);
    starts(Kind.BARE_YEAR);
    starts(Kind.WEEKDAY, fixed(lexicon, Kind.WEEKDAY), weekdays);
    starts(Kind.RELATIVE_DAY, fixed(lexicon, Kind.RELATIVE_DAY), days,
        firstWords(lexicon.dialectDays.keySet()));
    starts(Kind.THAT_DAY, fixed(lexicon, Kind.THAT_DAY));
    starts(Kind.THAT_PERIOD, fixed(lexicon, Kind.THAT_PERIOD));
    starts(Kind.RELATIVE_PERIOD, fixed(lexicon, Kind.RELATIVE_PERIOD), ordinals);
    starts(Kind.PLAY_SEASON, fixed(lexicon, Kind.PLAY_SEASON));
    starts(Kind.AGO, fixed(lexicon, Kind.AGO));
    starts(Kind.AFTER, fixed(lexicon, Kind.AFTER));
    starts(Kind.CLOCK, fixed(lexicon, Kind.CLOCK), firstWords(lexicon.hours.keySet()));
    starts(Kind.PART, firstWords(lexicon.parts.keySet()));
    starts(Kind.VAGUE, fixed(lexicon, Kind.VAGUE), firstWords(lexicon.vagueRefs.keySet()));
    starts(Kind.DECADE, decades, decades.stream().map(w -> ARTICLE + w).toList());
    starts(Kind.SET, fixed(lexicon, Kind.SET), recurrences, definiteRecurrences);
    // a length: a count (digits, a cardinal), a unit, a dual, a plural, an age, a vague count, a
    // fraction of an hour, or a word of duration-first-words.txt; a count, a dual or a plural also
    // with the article («الثمانية أشهر الأخيرة», «اليومين الماضيين», «السنوات الأخيرة»)
    starts(Kind.DURATION, fixed(lexicon, Kind.DURATION), lexicon.durationFirstWords,
        firstWords(lexicon.cardinals.keySet()), firstWords(lexicon.units.keySet()),
        firstWords(lexicon.dualUnits), firstWords(TimeLexicon.words(lexicon.pluralUnits)),
        firstWords(lexicon.ages.keySet()), firstWords(lexicon.vagueCounts),
        firstWords(lexicon.hourFractions.keySet()), withArticle(firstWords(lexicon.cardinals
        .keySet())), withArticle(firstWords(lexicon.dualUnits)),
        withArticle(firstWords(TimeLexicon.words(lexicon.pluralUnits))));
    for (Kind kind : Kind.values()) {
      if (!firstWords.containsKey(kind)) {
        throw new IllegalStateException("no first words for " + kind);
      }
    }
    Map<String, long[]> kindsOf = new java.util.LinkedHashMap<>();
    firstWords.forEach((kind, prefixes) -> {
      for (String prefix : prefixes) {
        kindsOf.computeIfAbsent(prefix, p -> new long[1])[0] |= 1L << kind.ordinal();
      }
    });
    kindsOf.forEach(kindPrefixes::put);
    for (String month : months) {
      monthPrefixes.put(month, month);
    }
    for (String word : words) {
      wordLengths.put(word, word.length());
    }
    nonTimeFirstWords = nonTimeFirstWords(lexicon.notTime);
  }

  /**
   * The first words of the phrases of {@code not-time.txt}, or null when a phrase does not begin
   * with a letter or a digit (then every position is tried).
   */
  private static PrefixTree<Boolean> nonTimeFirstWords(List<String> phrases) {
    PrefixTree<Boolean> firstWords = new PrefixTree<>();
    for (String phrase : phrases) {
      if (phrase.isEmpty() || !Character.isLetterOrDigit(phrase.charAt(0))) {
        return null;
      }
      int space = phrase.indexOf(' ');
      firstWords.put(space < 0 ? phrase : phrase.substring(0, space), true);
    }
    return firstWords;
  }

  private static List<String> withArticle(List<String> words) {
    return words.stream().map(w -> ARTICLE + w).toList();
  }

  /** The words first-words.txt lists for {@code kind}. */
  private static List<String> fixed(TimeLexicon lexicon, Kind kind) {
    return TimeLexicon.tagged(lexicon.firstWords, kind.name());
  }

  @SafeVarargs
  private void starts(Kind kind, List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    firstWords.put(kind, List.copyOf(all));
  }

  private static List<String> firstWords(Collection<String> entries) {
    return entries.stream().map(entry -> entry.split(" ", 2)[0]).distinct().toList();
  }

  /**
   * The kinds whose pattern may match at {@code start}, the first character of a word: none
   * where {@link #startsAt} says no expression starts. A kind qualifies when one of its first
   * words begins the word, or the word after one proclitic letter, or after و/ف and ب/ل/ك.
   */
  Set<Kind> kindsAt(String text, int start) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    int end = lettersEnd(text, start);
    if (end == start || end == start + 1 && end < text.length()
        && CharKinds.isDigit(text.charAt(end))) {
      if (!startsAt(text, start)) {
        return kinds;
      }
      kinds.addAll(DIGIT_KINDS);
      if (!isYear(text, end)) {
        kinds.remove(Kind.BARE_YEAR);
      }
      withoutTooLong(kinds, text, end);
      return kinds;
    }
    int length = end - start;
    char first = text.charAt(start);
    long[] bits = new long[1];
    java.util.function.Consumer<long[]> add = mask -> bits[0] |= mask[0];
    kindPrefixes.eachPrefix(text, start, end, add);
    if (length > 1 && CLITICS.indexOf(first) >= 0) {
      kindPrefixes.eachPrefix(text, start + 1, end, add);
    }
    if (length > 2 && CONJUNCTIONS.indexOf(first) >= 0
        && PREPOSITIONS.indexOf(text.charAt(start + 1)) >= 0) {
      kindPrefixes.eachPrefix(text, start + 2, end, add);
    }
    if (length == 2 && end < text.length() && CharKinds.isDigit(text.charAt(end))) {
      // «وب12 ساعة»: two proclitics before a count
      bits[0] |= 1L << Kind.DURATION.ordinal();
    }
    // the word's first words are read before the costlier test of startsAt: most words begin none
    if (bits[0] == 0 || !startsAt(text, start)) {
      return kinds;
    }
    for (Kind kind : KINDS) {
      if ((bits[0] & 1L << kind.ordinal()) != 0) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private static final Kind[] KINDS = Kind.values();

  /**
   * Whether a number of four digits from 1900 to 2099 starts at {@code start}, not followed by
   * another digit: every alternative of a bare year's pattern begins with one, so at any other
   * number that pattern (whose look-behinds are the costliest of the finder) is not tried.
   */
  static boolean isYear(String text, int start) {
    if (start + 4 > text.length()) {
      return false;
    }
    char first = text.charAt(start);
    char second = text.charAt(start + 1);
    return (first == '1' && second == '9' || first == '2' && second == '0')
        && isAsciiDigit(text.charAt(start + 2)) && isAsciiDigit(text.charAt(start + 3))
        && (start + 4 == text.length() || !isAsciiDigit(text.charAt(start + 4)));
  }

  /**
   * Drops the kinds that cannot begin with the number at {@code start} for its length: a day, an
   * hour or a minute has one or two digits; a numeric date also starts with a year of four
   * digits, a Hijri date with a Hijri year (13xx, 14xx), a length with a count of up to four.
   */
  private static void withoutTooLong(Set<Kind> kinds, String text, int start) {
    int digits = 0;
    while (start + digits < text.length() && isAsciiDigit(text.charAt(start + digits))) {
      digits++;
    }
    if (digits <= 2) {
      return;
    }
    kinds.removeAll(SHORT_NUMBER_KINDS);
    if (digits != 4) {
      kinds.remove(Kind.NUMERIC_DATE);
    }
    if (digits != 4 || text.charAt(start) != '1' || "34".indexOf(text.charAt(start + 1)) < 0) {
      kinds.remove(Kind.HIJRI);
    }
    if (digits > 4) {
      kinds.remove(Kind.DURATION);
    }
  }

  /** Kinds whose pattern, at a digit, begins with a number of one or two digits. */
  private static final Set<Kind> SHORT_NUMBER_KINDS = EnumSet.of(Kind.DAY_MONTH, Kind.HIJRI_DAY,
      Kind.RELATIVE_PERIOD, Kind.CLOCK);

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int lettersEnd(String text, int start) {
    int end = start;
    while (end < text.length() && CharKinds.isLetter(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private void addFirstWords(Collection<String> entries) {
    for (String entry : entries) {
      words.add(entry.split(" ", 2)[0]);
    }
  }

  /** Whether a time expression may start at {@code start}, the first character of a word. */
  boolean startsAt(String text, int start) {
    char first = text.charAt(start);
    if (CharKinds.isDigit(first)) {
      return true;
    }
    int end = lettersEnd(text, start);
    if (end < text.length() && end == start + 1 && CharKinds.isDigit(text.charAt(end))) {
      return CLITICS.indexOf(first) >= 0;
    }
    int length = end - start;
    return isTrigger(text, start, end) || (length > 2 && CLITICS.indexOf(first) >= 0
        && isTrigger(text, start + 1, end)) || (length > 3 && CONJUNCTIONS.indexOf(first) >= 0
        && PREPOSITIONS.indexOf(text.charAt(start + 1)) >= 0 && isTrigger(text, start + 2, end));
  }

  /** Whether the word {@code text[from, end)} is a trigger word, read in place. */
  private boolean isTrigger(String text, int from, int end) {
    Integer longest = wordLengths.longest(text, from, end);
    if (longest != null && longest == end - from) {
      return true;
    }
    if (end - from >= 2 && text.startsWith(PLURAL_ENDING, end - 2)
        && decade.matcher(text.substring(from, end)).matches()) {
      return true;
    }
    boolean[] glued = new boolean[1];
    monthPrefixes.eachPrefix(text, from, end, month -> glued[0] |= hasArticle(text, from + 3, end)
        || monthPrefixes.anyPrefix(text, from + month.length(), end));
    return glued[0];
  }

  /** Whether the article stands wholly inside {@code text[from, end)}. */
  private static boolean hasArticle(String text, int from, int end) {
    int at = text.indexOf(ARTICLE, from);
    return at >= 0 && at + 2 <= end;
  }

  /**
   * Whether a phrase that names no time ({@code not-time.txt}) may begin at {@code at}: no letter
   * or digit comes right before it, and the first word of a phrase begins the text there or after
   * one proclitic. Only a quick test: true says nothing.
   */
  boolean mayBeginNonTime(String text, int at) {
    if (at > 0) {
      char before = text.charAt(at - 1);
      if (Character.isLetter(before) || Character.isDigit(before)) {
        return false;
      }
    }
    return nonTimeFirstWords == null || nonTimeFirstWords.anyPrefix(text, at, text.length())
        || at + 1 < text.length() && CLITICS.indexOf(text.charAt(at)) >= 0
        && nonTimeFirstWords.anyPrefix(text, at + 1, text.length());
  }
}
