package org.isnad.text;

/**
 * Converts UTF-16 indices of one string to Unicode code point offsets (the unit of every offset
 * isnad reports) and back. Strings without surrogate pairs take a fast path: both are equal.
 * Immutable and thread safe.
 */
public final class CodePoints {
  private final String text;
  private final int[] codePointAt;

  private CodePoints(String text, int[] codePointAt) {
    this.text = text;
    this.codePointAt = codePointAt;
  }

  public static CodePoints of(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return new CodePoints(text, table(text));
      }
    }
    return new CodePoints(text, null);
  }

  private static int[] table(String text) {
    int[] table = new int[text.length() + 1];
    int codePoint = 0;
    for (int i = 0; i < text.length(); i++) {
      table[i] = codePoint;
      if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)))) {
        codePoint++;
      }
    }
    table[text.length()] = codePoint;
    return table;
  }

  /** Code point offset of UTF-16 index {@code index} (0 to length inclusive). */
  public int toCodePoint(int index) {
    if (index < 0 || index > text.length()) {
      throw new IllegalArgumentException("index " + index + " outside [0," + text.length() + "]");
    }
    return codePointAt == null ? index : codePointAt[index];
  }

  /** UTF-16 index of code point offset {@code offset}. */
  public int toIndex(int offset) {
    if (codePointAt == null) {
      if (offset < 0 || offset > text.length()) {
        throw new IllegalArgumentException("offset " + offset + " outside the text");
      }
      return offset;
    }
    return text.offsetByCodePoints(0, offset);
  }
}
