package org.isnad.extract;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A line that is only a date or time stamp ("20 فبراير 2023", "الأحد 08/12/2024 - 10:30 ص"):
 * digits, separators and the words of {@code date-words.txt} (month and weekday names, "ص",
 * "م", "هـ"), with at least one digit.
 */
final class DateStamp {
  private static final int MAX_WORDS = 8;
  private static final Set<String> WORDS = ResourceLines.read("date-words.txt").stream()
      .map(MatchText::of).collect(Collectors.toUnmodifiableSet());

  private DateStamp() {}

  static boolean matches(Line line) {
    if (line.words() > MAX_WORDS || line.match().chars().noneMatch(Character::isDigit)) {
      return false;
    }
    for (String word : line.match().split("[\\s/\\-.:،,|–—()]+")) {
      if (!word.isEmpty() && !word.chars().allMatch(Character::isDigit) && !WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
