package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits page content into its non-blank {@link Line}s, with code point offsets. */
final class LineReader {
  private LineReader() {}

  static List<Line> read(String content) {
    List<Line> lines = new ArrayList<>();
    int number = 0;
    int lineStart = 0;
    int codePoints = 0;
    for (int i = 0; i <= content.length(); i++) {
      if (i == content.length() || content.charAt(i) == '\n') {
        number++;
        addIfNotBlank(lines, number, content, lineStart, i, codePoints);
        codePoints += content.codePointCount(lineStart, i) + (i < content.length() ? 1 : 0);
        lineStart = i + 1;
      }
    }
    return lines;
  }

  private static void addIfNotBlank(List<Line> lines, int number, String content, int from,
      int to, int codePointsBefore) {
    int start = from;
    int end = to;
    while (start < end && isSpace(content.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(content.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      int offset = codePointsBefore + content.codePointCount(from, start);
      lines.add(Line.of(number, content.substring(start, end), offset));
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E'
        || c == '\uFEFF';
  }
}
