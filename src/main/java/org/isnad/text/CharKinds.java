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
}
