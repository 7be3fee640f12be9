package org.isnad.annotate.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  /** Fixed words the patterns of {@link TimexPatterns} start with (normalised). */
  private static final List<String> PATTERN_WORDS = List.of("يوم", "يومي", "الساعه", "عام",
      "العام", "سنه", "السنه", "لعام", "شهر", "الشهر", "الاسبوع", "قبل", "بعد", "كل", "اخر",
      "اول", "ذلك", "هذا", "هذه", "نفس", "تلك", "اليوم", "امس", "الامس", "البارحه", "غدا", "الغد",
      "يوميا", "اسبوعيا", "شهريا", "سنويا", "السنوات", "الاعوام", "الايام", "الاشهر", "الشهور",
      "الاسابيع", "الساعات", "يومين", "اسبوعين", "شهرين", "عامين", "سنتين", "ساعتين", "حاليا",
      "الان", "الوقت", "مؤخرا", "سابقا", "الماضي", "مستقبلا", "لاحقا", "المستقبل", "منتصف", "الليله", "وقت", "الفتره", "عيد",
      "ايام", "ثاني", "ثالث", "رابع", "الصيف", "الشتاء", "الخريف", "الربيع", "صيفا", "شتاء",
      "خريفا", "صيف", "خريف", "ربيع", "الربع", "ربع", "نصف", "ثلث", "يوميه", "اليوميه", "اليومي", "اسبوعيه",
      "الاسبوعيه", "الاسبوعي", "اسبوعي", "شهريه", "الشهريه", "الشهري", "شهري", "سنويه",
      "السنويه", "السنوي", "سنوي", "سن", "عمر", "ذات", "عامي", "القرن", "قليل", "ساعه",
      "فيما", "الموسم", "لموسم", "الحاضر", "يومها");
  private static final String CLITICS = "وفبلك";
  private static final java.util.regex.Pattern DECADE = java.util.regex.Pattern.compile(
      "(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ات|يات)");

  /** Kinds whose pattern can begin with a digit. */
  private static final Set<Kind> DIGIT_KINDS = EnumSet.of(Kind.DAY_MONTH, Kind.NUMERIC_DATE,
      Kind.HIJRI, Kind.HIJRI_DAY, Kind.BARE_YEAR, Kind.RELATIVE_PERIOD, Kind.CLOCK,
      Kind.DURATION);
  /** Kinds tried at every trigger word: their first words are too many to list. */
  private static final Set<Kind> ALWAYS = EnumSet.of(Kind.DURATION);

  private final Set<String> words = new HashSet<>();
  private final List<String> months;
  private final Map<Kind, List<String>> firstWords = new EnumMap<>(Kind.class);

  TimexTriggers(TimeLexicon lexicon) {
    words.addAll(PATTERN_WORDS);
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
    for (String dual : List.of("يومين", "اسبوعين", "شهرين", "عامين", "سنتين", "ساعتين", "عقدين")) {
      words.add("ال" + dual);
    }
    for (String cardinal : firstWords(lexicon.cardinals.keySet())) {
      words.add("ال" + cardinal);
    }
    List<String> weekdays = firstWords(lexicon.weekdays.keySet());
    List<String> ordinals = firstWords(lexicon.ordinals.keySet());
    List<String> monthWords = firstWords(lexicon.months.keySet());
    List<String> hijri = firstWords(lexicon.hijriMonths.keySet());
    starts(Kind.DAY_MONTH, List.of("يوم"), weekdays, ordinals);
    starts(Kind.NUMERIC_DATE, List.of("يوم"), weekdays);
    starts(Kind.MONTH_DAY_YEAR, monthWords, weekdays);
    starts(Kind.CENTURY, List.of("القرن"));
    starts(Kind.FISCAL_YEAR, List.of("سنه", "السنه"));
    starts(Kind.HIJRI, List.of("يوم", "عام", "سنه"), weekdays, ordinals, hijri);
    starts(Kind.HIJRI_DAY, List.of("يوم"), weekdays, ordinals);
    starts(Kind.HIJRI_MONTH, List.of("شهر"), hijri);
    starts(Kind.FEAST, List.of("اول", "ثاني", "ثالث", "رابع", "ايام", "عيد", "العيد"));
    starts(Kind.SEASON, List.of("هذا", "الصيف", "الشتاء", "الخريف", "الربيع", "صيف", "شتاء",
        "خريف", "ربيع"));
    starts(Kind.QUARTER, List.of("الربع"));
    starts(Kind.MONTH, List.of("شهر"), monthWords);
    starts(Kind.MONTH_ALONE, monthWords);
    starts(Kind.EDGE, firstWords(lexicon.edges.keySet()));
    starts(Kind.YEAR, List.of("عام", "العام", "سنه", "لعام"));
    starts(Kind.BARE_YEAR);
    starts(Kind.WEEKDAY, List.of("يوم", "هذا"), weekdays);
    starts(Kind.RELATIVE_DAY, List.of("يوم", "اول", "امس", "البارحه", "الامس", "اليوم", "غدا", "الغد",
        "بعد", "الليله"), firstWords(lexicon.dialectDays.keySet()));
    starts(Kind.THAT_DAY, List.of("ذلك", "هذا", "نفس", "ذات", "تلك", "اليوم"));
    starts(Kind.THAT_PERIOD, List.of("الشهر", "العام", "السنه", "نفس", "ذات"));
    starts(Kind.RELATIVE_PERIOD, List.of("الاسبوع", "الشهر", "العام", "السنه", "هذا", "هذه"),
        ordinals);
    starts(Kind.PLAY_SEASON, List.of("الموسم", "لموسم"));
    starts(Kind.AGO, List.of("قبل"));
    starts(Kind.AFTER, List.of("بعد"));
    starts(Kind.CLOCK, List.of("الساعه"), firstWords(lexicon.hours.keySet()));
    starts(Kind.PART, firstWords(lexicon.parts.keySet()));
    starts(Kind.VAGUE, List.of("حاليا", "الان", "الوقت", "قليل", "مؤخرا", "سابقا", "الماضي", "فيما",
        "وقت", "الفتره", "مستقبلا", "لاحقا", "المستقبل", "الحاضر", "يومها"), firstWords(lexicon.vagueRefs.keySet()));
    starts(Kind.DECADE, List.of("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين",
        "ثمانين", "تسعين", "العشرين", "الثلاثين", "الاربعين", "الخمسين", "الستين", "السبعين",
        "الثمانين", "التسعين"));
    starts(Kind.SET, List.of("كل", "يومي", "اسبوعي", "شهري", "سنوي", "اليومي", "الاسبوعي",
        "الشهري", "السنوي"));
    for (Kind kind : Kind.values()) {
      if (!firstWords.containsKey(kind) && !ALWAYS.contains(kind)) {
        throw new IllegalStateException("no first words for " + kind);
      }
    }
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
   * where {@link #startsAt} says no expression starts.
   */
  Set<Kind> kindsAt(String text, int start) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    if (!startsAt(text, start)) {
      return kinds;
    }
    kinds.addAll(ALWAYS);
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end == start || end == start + 1 && end < text.length()
        && Character.isDigit(text.charAt(end))) {
      kinds.addAll(DIGIT_KINDS);
      return kinds;
    }
    String word = text.substring(start, end);
    char first = word.charAt(0);
    String one = word.length() > 1 && CLITICS.indexOf(first) >= 0 ? word.substring(1) : null;
    String two = word.length() > 2 && "وف".indexOf(first) >= 0 && "بلك".indexOf(word.charAt(1)) >= 0
        ? word.substring(2) : null;
    firstWords.forEach((kind, prefixes) -> {
      if (startsWithAny(word, prefixes) || one != null && startsWithAny(one, prefixes)
          || two != null && startsWithAny(two, prefixes)) {
        kinds.add(kind);
      }
    });
    return kinds;
  }

  private static boolean startsWithAny(String word, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private void addFirstWords(Collection<String> entries) {
    for (String entry : entries) {
      words.add(entry.split(" ", 2)[0]);
    }
  }

  /** Whether a time expression may start at {@code start}, the first character of a word. */
  boolean startsAt(String text, int start) {
    char first = text.charAt(start);
    if (Character.isDigit(first)) {
      return true;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end < text.length() && end == start + 1 && Character.isDigit(text.charAt(end))) {
      return CLITICS.indexOf(first) >= 0;
    }
    String word = text.substring(start, end);
    return isTrigger(word) || (word.length() > 2 && CLITICS.indexOf(first) >= 0
        && isTrigger(word.substring(1))) || (word.length() > 3 && "وف".indexOf(first) >= 0
        && "بلك".indexOf(word.charAt(1)) >= 0 && isTrigger(word.substring(2)));
  }

  private boolean isTrigger(String word) {
    if (words.contains(word) || word.endsWith("ات") && DECADE.matcher(word).matches()) {
      return true;
    }
    for (String month : months) {
      if (word.startsWith(month) && (word.indexOf("ال", 3) >= 0
          || months.stream().anyMatch(second -> word.startsWith(second, month.length())))) {
        return true;
      }
    }
    return false;
  }
}
