package org.isnad.model;

/**
 * Who made a reported statement.
 *
 * @param text the speaker as written, or as carried over from an earlier sentence when the verb
 *     has no expressed subject ("وأضاف")
 * @param start code point offset of the speaker in the article text, or -1 when carried over
 * @param end code point offset, exclusive, or -1
 * @param entity the entity id when linked, else {@code null}
 */
public record Speaker(String text, int start, int end, String entity) {
  public Speaker {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("speaker text must not be blank: " + text);
    }
    if ((start < 0) != (end < 0) || (start >= 0 && end <= start)) {
      throw new IllegalArgumentException("bad speaker span [" + start + "," + end + ")");
    }
  }

  /** Whether the speaker was carried over from an earlier statement. */
  public boolean carried() {
    return start < 0;
  }
}
