package org.isnad.store.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Snippet}s: the passage text as stored, the
 * matches as offsets into it (overlapping matches merged). A passage longer than
 * {@value #MAX_CHARS} characters (a long sentence) is cut to a window around its first match,
 * at spaces, keeping only the marks inside. Returns a {@code List<Snippet>}.
 */
final class SnippetFormatter extends PassageFormatter {
  static final int MAX_CHARS = 300;
  private static final int BEFORE = 60;

  @Override
  public Object format(Passage[] passages, String content) {
    List<Snippet> snippets = new ArrayList<>();
    for (Passage passage : passages) {
      snippets.add(snippet(passage, content));
    }
    return snippets;
  }

  private static Snippet snippet(Passage passage, String content) {
    int start = passage.getStartOffset();
    int end = passage.getEndOffset();
    if (end - start > MAX_CHARS) {
      int first = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
      start = afterSpace(content, Math.max(start, first - BEFORE), first);
      end = beforeSpace(content, start, Math.min(end, start + MAX_CHARS));
    }
    List<Snippet.Mark> marks = new ArrayList<>();
    int lastEnd = -1;
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int from = Math.max(passage.getMatchStarts()[i], start);
      int to = Math.min(passage.getMatchEnds()[i], end);
      if (to <= from) {
        continue;
      }
      if (from <= lastEnd && !marks.isEmpty()) {
        Snippet.Mark last = marks.remove(marks.size() - 1);
        from = last.start() + start;
        to = Math.max(to, last.end() + start);
      }
      marks.add(new Snippet.Mark(from - start, to - start));
      lastEnd = to;
    }
    return new Snippet(content.substring(start, end), start, marks);
  }

  /** The first index after a space in [from, limit], or {@code from} when there is none. */
  private static int afterSpace(String content, int from, int limit) {
    if (from == 0 || Character.isWhitespace(content.charAt(from - 1))) {
      return from;
    }
    for (int i = from; i < limit; i++) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i + 1;
      }
    }
    return Character.isLowSurrogate(content.charAt(from)) ? from - 1 : from;
  }

  /** The last space at or before {@code end} after {@code start}, or {@code end}. */
  private static int beforeSpace(String content, int start, int end) {
    if (end == content.length() || Character.isWhitespace(content.charAt(end))) {
      return end;
    }
    for (int i = end; i > start + MAX_CHARS / 2; i--) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(content.charAt(end)) ? end - 1 : end;
  }
}
