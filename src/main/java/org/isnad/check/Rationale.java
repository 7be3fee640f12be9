package org.isnad.check;

/**
 * A sentence of an article given as a reason for its stance toward a claim.
 *
 * @param start first code point of the sentence in the article's text
 * @param end code point after its last (exclusive)
 * @param sentence the sentence's text, exactly {@code text[start, end)}
 * @param score how strongly it speaks to the claim (higher: more), comparable within one judge
 */
public record Rationale(int start, int end, String sentence, double score) {
  public Rationale {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad rationale span [" + start + ", " + end + ")");
    }
    java.util.Objects.requireNonNull(sentence, "sentence");
  }
}
