package org.isnad.store.search;

import java.util.List;

/**
 * A piece of an entry's title or text with the matched words marked by offsets, never by markup,
 * so it can be shown as plain text. Offsets are UTF-16 code units (Java {@code String} and
 * JavaScript string indices), end exclusive.
 *
 * @param text the piece, exactly as stored
 * @param start where the piece starts in the whole field
 * @param marks the matched words, ordered, inside {@code text}
 */
public record Snippet(String text, int start, List<Mark> marks) {
  /** One highlighted range of a snippet, offsets into {@link Snippet#text}. */
  public record Mark(int start, int end) {
    public Mark {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad mark [" + start + "," + end + ")");
      }
    }
  }

  public Snippet {
    if (text == null || start < 0) {
      throw new IllegalArgumentException("bad snippet at " + start + ": " + text);
    }
    marks = List.copyOf(marks);
    for (Mark mark : marks) {
      if (mark.end() > text.length()) {
        throw new IllegalArgumentException("mark " + mark + " outside " + text.length());
      }
    }
  }

  /** The marked words, in order. */
  public List<String> marked() {
    return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }
}
