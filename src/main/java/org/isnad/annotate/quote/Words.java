package org.isnad.annotate.quote;

import static org.isnad.annotate.entity.WordRuns.skipSpace;
import static org.isnad.annotate.entity.WordRuns.tokenEnd;
import static org.isnad.text.GrammarWords.ALEF;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stretch of normalised text into {@link Word}s: runs of letters, marks, digits and "_",
 * and every other character that is no white space on its own (what the regular expression
 * {@code [\p{L}\p{M}\p{N}_]+|\S} finds), except that numbers are cut as the context's tokeniser
 * cuts them ({@link org.isnad.annotate.entity.WordRuns#tokenEnd}): "11.4" is one word, "و100"
 * and "1437هـ" are two.
 */
final class Words {
  private Words() {}

  /**
   * The words with their spelling in the article; {@code nameEnds} are char offsets in the
   * article text where a person's name ends.
   */
  static List<Word> of(org.isnad.text.AlignedText aligned, int from, int to,
      java.util.BitSet nameEnds) {
    List<Word> words = new ArrayList<>();
    String normalized = aligned.normalized();
    int at = from;
    while ((at = skipSpace(normalized, at, to)) < to) {
      int start = at;
      at = tokenEnd(normalized, at, to);
      String text = normalized.substring(start, at);
      Word before = words.isEmpty() ? null : words.get(words.size() - 1);
      if (splitAlif(before, text, start, aligned.normalized())) {
        words.remove(words.size() - 1);  // "قائل ا" is "قائلا" cut before its alif
        start = before.start();
        text = before.text() + text;
      }
      words.add(Word.of(aligned, text, start, at, nameEnds.get(aligned.originalEnd(at))));
    }
    return new WordList(words);
  }

  /**
   * A lone alif one space after an Arabic word of three letters or more, before a space,
   * punctuation or the end: the alif of an accusative ending some pages cut off ("داعم ا", "نقل ا
   * عن").
   */
  private static boolean splitAlif(Word before, String text, int start, String normalized) {
    if (before == null || !text.equals(ALEF) || before.end() + 1 != start
        || normalized.charAt(before.end()) != ' ' || before.text().length() < 3
        || !before.text().chars().allMatch(c -> c >= 0x0621 && c <= 0x064A)) {
      return false;
    }
    int after = start + 1;
    return after >= normalized.length() || !Character.isLetter(normalized.charAt(after));
  }

  static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int at = from;
    while ((at = skipSpace(text, at, to)) < to) {
      int start = at;
      at = tokenEnd(text, at, to);
      words.add(new Word(text.substring(start, at), start, at));
    }
    return new WordList(words);
  }
}
