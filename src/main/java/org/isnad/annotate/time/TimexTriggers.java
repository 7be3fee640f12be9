package org.isnad.annotate.time;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a time expression can begin with: the first word of every lexicon entry and the
 * fixed words of {@link TimexPatterns}, plus any number. The finder tries its patterns only where
 * such a word starts (after an optional one-letter proclitic), which keeps it linear in the
 * number of candidate words instead of patterns × characters. Immutable and thread safe.
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
      "السنويه", "السنوي", "سنوي", "سن", "عمر", "ذات", "عامي", "القرن", "قليل", "ساعه");
  private static final String CLITICS = "وفبلك";
  private static final java.util.regex.Pattern DECADE = java.util.regex.Pattern.compile(
      "(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ات|يات)");

  private final Set<String> words = new HashSet<>();
  private final List<String> months;

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
    if (word.indexOf("ال", 3) < 0) {
      return false;
    }
    for (String month : months) {
      if (word.startsWith(month)) {
        return true;
      }
    }
    return false;
  }
}
