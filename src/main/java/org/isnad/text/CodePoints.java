package org.isnad.text;

import java.util.Arrays;
import java.util.Objects;

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

  /**
   * The converter for {@code text}: O(1) memory when it has no surrogates, else one int per
   * UTF-16 unit.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static CodePoints of(String text) {
    Objects.requireNonNull(text, "text");
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

  /**
   * Code point offset of UTF-16 index {@code index} (0 to length inclusive); an index between the
   * two halves of a surrogate pair gives the offset of that pair.
   *
   * @throws IllegalArgumentException if {@code index} is outside the text
   */
  public int toCodePoint(int index) {
    if (index < 0 || index > text.length()) {
      throw new IllegalArgumentException("index " + index + " outside [0," + text.length() + "]");
    }
    return codePointAt == null ? index : codePointAt[index];
  }

  /** Number of code points of the text. */
  public int length() {
    return codePointAt == null ? text.length() : codePointAt[text.length()];
  }

  /**
   * UTF-16 index of code point offset {@code offset} (0 to {@link #length()} inclusive).
   *
   * @throws IllegalArgumentException if {@code offset} is outside that range
   */
  public int toIndex(int offset) {
    if (offset < 0 || offset > length()) {
      throw new IllegalArgumentException("offset " + offset + " outside [0," + length() + "]");
    }
    if (codePointAt == null) {
      return offset;
    }
    int index = Arrays.binarySearch(codePointAt, offset);
    while (index > 0 && codePointAt[index - 1] == offset) {
      index--;
    }
    return index;
  }
}
