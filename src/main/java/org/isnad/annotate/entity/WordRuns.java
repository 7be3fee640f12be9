package org.isnad.annotate.entity;

import org.isnad.text.ArabicLetters;
import org.isnad.text.CharKinds;

/**
 * The words of a stretch of normalised text as the tagger and the quote rules read them: runs of
 * letters, marks, digits and "_", and every other character that is no white space on its own
 * (what the regular expression {@code [\p{L}\p{M}\p{N}_]+|\S} finds), scanned by hand. Unlike
 * the context's tokens ({@code text.ArabicTokenizer}) digits glued to letters stay in the word
 * ("و100", "2010م"), a decimal number is its digit runs and separators ("11.4" → "11" "." "4"),
 * a hashtag is one word ("تحرش_بفتاتين_بجده") and a Latin word is split at a hyphen. Stateless
 * and thread safe.
 */
public final class WordRuns {
  /** Characters below this (Latin, Arabic) are looked up in a table made once. */
  private static final int COMMON = 0x0800;
  private static final boolean[] COMMON_PARTS = new boolean[COMMON];
  /** What may stand between two digits of one number, as for the context tokeniser. */

  static {
    for (int c = 0; c < COMMON; c++) {
      COMMON_PARTS[c] = c == '_' || isLetterMarkOrNumber(c);
    }
  }

  private WordRuns() {}

  /** The first index from {@code at} (before {@code to}) that is no white space, or to. */
  public static int skipSpace(String text, int at, int to) {
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
  public static int wordEnd(String text, int at, int to) {
    int k = at;
    while (k < to) {
      char ch = text.charAt(k);
      int c = Character.isHighSurrogate(ch) ? text.codePointAt(k) : ch;
      if (!isWordPart(c)) {
        break;
      }
      k += Character.charCount(c);
    }
    return k > at ? Math.min(k, to) : Math.min(at + Character.charCount(text.codePointAt(at)), to);
  }

  /**
   * The end of the word opening at {@code at} with the context tokeniser's numbers
   * ({@code text.ArabicTokenizer}): a number is its digits and the separators between two
   * digits ("11.4", "2:30", "1,000", "12/7") and ends before a letter ("2010م" → "2010" "م"); an
   * Arabic word ends before a digit ("و100" → "و" "100"); any other word as {@link #wordEnd}
   * ("G20", "تحرش_بفتاتين").
   */
  public static int tokenEnd(String text, int at, int to) {
    char c = text.charAt(at);
    if (CharKinds.isDigit(c)) {
      return CharKinds.numberEnd(text, at, to);
    }
    int end = wordEnd(text, at, to);
    if (ArabicLetters.isArabicLetter(c)) {
      for (int k = at + 1; k < end; k++) {
        if (CharKinds.isDigit(text.charAt(k))) {
          return k;
        }
      }
    }
    return end;
  }


  /** Letters, marks, numbers ({@code \p{L}\p{M}\p{N}}) and "_". */
  private static boolean isWordPart(int c) {
    return c < COMMON ? COMMON_PARTS[c] : isLetterMarkOrNumber(c);
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

  /**
   * White space as a regular expression's {@code \s} reads it: space, tab, line feed, VT, FF, CR.
   */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
