package org.isnad.annotate.quote;

import static org.isnad.text.GrammarWords.ALEF;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stretch of normalised text into {@link Word}s: runs of letters, marks, digits and "_",
 * and every other character that is no white space on its own (what the regular expression
 * {@code [\p{L}\p{M}\p{N}_]+|\S} finds), scanned by hand.
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
      at = wordEnd(normalized, at, to);
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
      at = wordEnd(text, at, to);
      words.add(new Word(text.substring(start, at), start, at));
    }
    return new WordList(words);
  }

  /** The first index from {@code at} (before {@code to}) that is no white space, or to. */
  private static int skipSpace(String text, int at, int to) {
    int k = at;
    while (k < to && isSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * The end of the word opening at {@code at}: a run of letters, marks, digits and "_", or else
   * one character (a whole surrogate pair) that is no white space.
   */
  private static int wordEnd(String text, int at, int to) {
    int k = at;
    while (k < to) {
      int c = text.codePointAt(k);
      if (!isWordPart(c)) {
        break;
      }
      k += Character.charCount(c);
    }
    return k > at ? Math.min(k, to) : Math.min(at + Character.charCount(text.codePointAt(at)), to);
  }

  /** Letters, marks, numbers ({@code \p{L}\p{M}\p{N}}) and "_". */
  private static boolean isWordPart(int c) {
    return c < COMMON ? COMMON_PARTS[c] : isLetterMarkOrNumber(c);
  }

  /** Characters below this (Latin, Arabic) are looked up in a table made once. */
  private static final int COMMON = 0x0800;
  private static final boolean[] COMMON_PARTS = new boolean[COMMON];

  static {
    for (int c = 0; c < COMMON; c++) {
      COMMON_PARTS[c] = c == '_' || isLetterMarkOrNumber(c);
    }
  }

  private static boolean isLetterMarkOrNumber(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** White space as a regular expression's {@code \s} reads it: space, tab, line feed, VT, FF, CR. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
