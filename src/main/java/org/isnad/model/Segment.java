package org.isnad.model;

/**
 * Maps a stretch of an article's text back to its document's content. Offsets are Unicode code
 * points, end exclusive: {@code [start, end)} in {@code Article.text} came from
 * {@code [sourceStart, sourceEnd)} in {@code Document.content}. For text inputs both stretches
 * hold the same characters; for HTML the source stretch is the element the text was read from.
 */
public record Segment(int start, int end, int sourceStart, int sourceEnd) {
  public Segment {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad article span [" + start + "," + end + ")");
    }
    if (sourceStart < 0 || sourceEnd < sourceStart) {
      throw new IllegalArgumentException("bad source span [" + sourceStart + "," + sourceEnd + ")");
    }
  }
}
