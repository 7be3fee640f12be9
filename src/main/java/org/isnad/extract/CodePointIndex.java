package org.isnad.extract;

import java.util.Arrays;

/**
 * Converts UTF-16 indices of one string into Unicode code point offsets in O(log n) each, so
 * HTML source positions (UTF-16, from jsoup) can be given in the model's unit. Immutable.
 */
final class CodePointIndex {
  private final int[] lowSurrogates;
  private final int length;

  CodePointIndex(String text) {
    this.length = text.length();
    int[] found = new int[16];
    int count = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
      }
    }
    this.lowSurrogates = Arrays.copyOf(found, count);
  }

  /** The code point offset of UTF-16 index {@code index} (0 to the text length). */
  int codePoints(int index) {
    if (index < 0 || index > length) {
      throw new IllegalArgumentException("index outside the text: " + index + " (length " + length
          + ")");
    }
    int position = Arrays.binarySearch(lowSurrogates, index);
    int before = position >= 0 ? position : -position - 1;
    return index - before;
  }
}
