package org.isnad.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a stretch of normalised text into {@link Word}s. */
final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\S");

  private Words() {}

  /**
   * The words with their spelling in the article; {@code nameEnds} are char offsets in the
   * article text where a person's name ends.
   */
  static List<Word> of(org.isnad.text.AlignedText aligned, int from, int to,
      java.util.Set<Integer> nameEnds) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(aligned.normalized()).region(from, to);
    while (m.find()) {
      int start = m.start();
      String text = m.group();
      Word before = words.isEmpty() ? null : words.get(words.size() - 1);
      if (splitAlif(before, text, start, aligned.normalized())) {
        words.remove(words.size() - 1);  // "قائل ا" is "قائلا" cut before its alif
        start = before.start();
        text = before.text() + text;
      }
      int end = aligned.originalEnd(m.end());
      words.add(new Word(text, start, m.end(), aligned.original().substring(
          aligned.originalStart(start), end), nameEnds.contains(end)));
    }
    return words;
  }

  /**
   * A lone alif one space after an Arabic word of three letters or more, before a space,
   * punctuation or the end: the alif of an accusative ending some pages cut off ("داعم ا", "نقل ا
   * عن").
   */
  private static boolean splitAlif(Word before, String text, int start, String normalized) {
    if (before == null || !text.equals("ا") || before.end() + 1 != start
        || normalized.charAt(before.end()) != ' ' || before.text().length() < 3
        || !before.text().chars().allMatch(c -> c >= 0x0621 && c <= 0x064A)) {
      return false;
    }
    int after = start + 1;
    return after >= normalized.length() || !Character.isLetter(normalized.charAt(after));
  }

  static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      words.add(new Word(m.group(), m.start(), m.end()));
    }
    return words;
  }
}
