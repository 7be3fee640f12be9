package org.isnad.text;

/**
 * {@link Character}'s classification of the UTF-16 units, read from a table built once from
 * {@link Character} itself: the same answers, without the JDK's property look-up on every
 * character of every article. A surrogate is classified as the unit (char) it is, as
 * {@code Character.isLetter(char)} does. Immutable and thread safe.
 */
public final class CharKinds {
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte WHITESPACE = 4;
  private static final byte SPACE_CHAR = 8;
  private static final byte[] KINDS = kinds();
  private static final byte[] TYPES = types();
  /** Code points below this (Latin, Arabic) are classified from a table made once. */
  private static final int COMMON = 0x0800;
  private static final boolean[] COMMON_LETTER_OR_NUMBER = commonLettersOrNumbers();
  /** What may stand between two digits of one number ("11.4", "2:30", "1,000", "12/7", "٣٫٥"). */
  private static final String NUMBER_SEPARATORS = ".,:/\u066B\u066C";

  private CharKinds() {}

  private static byte[] kinds() {
    byte[] kinds = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      kinds[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0) | (Character.isDigit(ch) ? DIGIT : 0)
          | (Character.isWhitespace(ch) ? WHITESPACE : 0)
          | (Character.isSpaceChar(ch) ? SPACE_CHAR : 0));
    }
    return kinds;
  }

  private static byte[] types() {
    byte[] types = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      types[c] = (byte) Character.getType((char) c);
    }
    return types;
  }

  private static boolean[] commonLettersOrNumbers() {
    boolean[] table = new boolean[COMMON];
    for (int c = 0; c < COMMON; c++) {
      table[c] = isLetterOrNumberSlow(c);
    }
    return table;
  }

  /** {@link Character#getType(char)}. */
  public static int type(char c) {
    return TYPES[c];
  }

  /** {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return (KINDS[c] & LETTER) != 0;
  }

  /** {@link Character#isDigit(char)}. */
  public static boolean isDigit(char c) {
    return (KINDS[c] & DIGIT) != 0;
  }

  /** {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    return (KINDS[c] & (LETTER | DIGIT)) != 0;
  }

  /** {@link Character#isWhitespace(char)}. */
  public static boolean isWhitespace(char c) {
    return (KINDS[c] & WHITESPACE) != 0;
  }

  /** {@link Character#isSpaceChar(char)}. */
  public static boolean isSpaceChar(char c) {
    return (KINDS[c] & SPACE_CHAR) != 0;
  }

  /**
   * Whether a code point is in {@code [\p{L}\p{N}]}: a letter, or a number of any kind (decimal
   * digit, letter number, other number), without the regex engine.
   */
  public static boolean isLetterOrNumber(int cp) {
    return cp >= 0 && cp < COMMON ? COMMON_LETTER_OR_NUMBER[cp] : isLetterOrNumberSlow(cp);
  }

  private static boolean isLetterOrNumberSlow(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * The end (exclusive) of the number opening at {@code at}, read no further than {@code to}: its
   * digits and each separator between two digits ("11.4", "2:30", "1,000", "12/7"). The one rule
   * of what a number is, for the tokeniser and every word reader that must cut as it does.
   */
  public static int numberEnd(String text, int at, int to) {
    int k = at;
    while (k < to) {
      char c = text.charAt(k);
      if (isDigit(c)) {
        k++;
      } else if (NUMBER_SEPARATORS.indexOf(c) >= 0 && k + 1 < to && isDigit(text.charAt(k + 1))) {
        k += 2;
      } else {
        break;
      }
    }
    return k;
  }
}
