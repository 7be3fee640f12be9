package org.isnad.extract;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A line that is only a date or time stamp ("20 فبراير 2023", "الأحد 08/12/2024 - 10:30 ص",
 * "الأحد 24 ديسمبر 2017 - 02 : 27 بتوقيت غرينتش"): at most {@value #MAX_WORDS} words (digit
 * groups count, separators do not), each digits or a word of {@code date-words.txt} (month and
 * weekday names, "ص", "م", "هـ", time-zone words), with at least one digit.
 */
final class DateStamp {
  private static final int MAX_WORDS = 10;
  private static final Set<String> WORDS = ResourceLines.read("date-words.txt").stream()
      .map(MatchText::of).collect(Collectors.toUnmodifiableSet());

  private DateStamp() {}

  static boolean matches(Line line) {
    if (line.words() > 2 * MAX_WORDS || line.match().chars().noneMatch(Character::isDigit)) {
      return false;
    }
    int words = 0;
    for (String word : line.match().split("[\\s/\\-.:،,|–—()]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (++words > MAX_WORDS
          || !word.chars().allMatch(Character::isDigit) && !WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
