package org.isnad.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A normalised text that remembers where each of its characters came from.
 *
 * <p>{@code alignment[i]} is the UTF-16 index in {@code original} of the character that produced
 * {@code normalized.charAt(i)}; {@code alignment[normalized.length()]} is
 * {@code original.length()}; entries never decrease. Indices are UTF-16; use
 * {@link #originalCodePointSpan} or {@link CodePoints} to report code points. Arrays are copied
 * in and out, so an instance is immutable and thread safe.
 *
 * @param original the text as given
 * @param normalized the text after normalisation
 * @param alignment map from normalised to original indices, one longer than {@code normalized}
 */
public record AlignedText(String original, String normalized, int[] alignment) {
  public AlignedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(alignment, "alignment");
    if (alignment.length != normalized.length() + 1) {
      throw new IllegalArgumentException("alignment needs " + (normalized.length() + 1)
          + " entries, got " + alignment.length);
    }
    alignment = alignment.clone();
    checkMonotonic(alignment, original.length());
  }

  private static void checkMonotonic(int[] alignment, int originalLength) {
    int last = alignment.length - 1;
    if (alignment[last] != originalLength) {
      throw new IllegalArgumentException("alignment must end at " + originalLength + ", got "
          + alignment[last]);
    }
    for (int i = 0; i < last; i++) {
      if (alignment[i] < 0 || alignment[i] > alignment[i + 1]) {
        throw new IllegalArgumentException("alignment decreasing at " + i + ": "
            + alignment[i] + " then " + alignment[i + 1]);
      }
    }
  }

  @Override
  public int[] alignment() {
    return alignment.clone();
  }

  /** Original index where the normalised character at {@code index} came from. */
  public int originalStart(int index) {
    checkIndex(index);
    return alignment[index];
  }

  /**
   * Original index just after the stretch that produced normalised characters before
   * {@code end}: the start of the next produced character, so dropped marks between two kept
   * letters stay inside the span.
   */
  public int originalEnd(int end) {
    checkIndex(end);
    if (end == 0) {
      return alignment[0];
    }
    int previous = alignment[end - 1];
    int next = alignment[end];
    return next > previous ? trimToCharacterEnd(previous, next) : previous + 1;
  }

  private int trimToCharacterEnd(int previous, int next) {
    int end = previous + 1;
    while (end < next && isAttached(original.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isAttached(char c) {
    return ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL
        || Character.isLowSurrogate(c);
  }

  private void checkIndex(int index) {
    if (index < 0 || index > normalized.length()) {
      throw new IllegalArgumentException("index " + index + " outside [0," + normalized.length()
          + "]");
    }
  }

  /** Length of the original text in code points. */
  public int originalCodePointLength() {
    return original.codePointCount(0, original.length());
  }

  /**
   * The original span, in code points, of the normalised span {@code [start, end)} (UTF-16
   * indices of {@code normalized}): what the model reports. For many spans of one text, build
   * {@link CodePoints#of} the original once instead.
   */
  public int[] originalCodePointSpan(int start, int end) {
    if (end < start) {
      throw new IllegalArgumentException("span [" + start + "," + end + ") ends before it starts");
    }
    int from = originalStart(start);
    int to = start == end ? from : originalEnd(end);
    return new int[] {original.codePointCount(0, from), original.codePointCount(0, to)};
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AlignedText that && original.equals(that.original)
        && normalized.equals(that.normalized) && Arrays.equals(alignment, that.alignment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, normalized, Arrays.hashCode(alignment));
  }

  @Override
  public String toString() {
    return "AlignedText[" + normalized + "]";
  }
}
