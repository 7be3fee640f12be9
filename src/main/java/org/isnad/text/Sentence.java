package org.isnad.text;

/**
 * A sentence of a text: UTF-16 indices {@code [start, end)}, trimmed of surrounding space.
 */
public record Sentence(int start, int end) {
  public Sentence {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad sentence span [" + start + "," + end + ")");
    }
  }

  /** The sentence's text in {@code text}. */
  public String in(String text) {
    return text.substring(start, end);
  }
}
