package org.isnad.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A normalised text that remembers where each of its characters came from.
 *
 * <p>{@code alignment[i]} is the UTF-16 index in {@code original} of the character that produced
 * {@code normalized.charAt(i)}; {@code alignment[normalized.length()]} is
 * {@code original.length()}. Indices are UTF-16; use {@link CodePoints} to report code points.
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
