package org.isnad.extract;

/**
 * One non-blank line of a text page.
 *
 * @param number 1-based line number in the page
 * @param text the line without surrounding white space
 * @param start code point offset of {@code text} in the page content (for HTML blocks: of the
 *     element it came from; -1 when unknown)
 * @param end code point offset just after it (-1 when unknown)
 * @param match {@link MatchText} form, for comparing with phrase lists
 * @param words number of white-space separated words
 */
record Line(int number, String text, int start, int end, String match, int words) {

  static Line of(int number, String text, int start) {
    String match = MatchText.of(text);
    return new Line(number, text, start, start + text.codePointCount(0, text.length()), match,
        countWords(match));
  }

  /**
   * A block of an HTML page whose text came from {@code [sourceStart, sourceEnd)} of the page
   * source, or from an unknown place when both are -1.
   */
  static Line block(int number, String text, int sourceStart, int sourceEnd) {
    String match = MatchText.of(text);
    return new Line(number, text, sourceStart, sourceEnd, match, countWords(match));
  }

  /** The words of a match form: its spaces plus one, none when it is empty. */
  static int countWords(String match) {
    if (match.isEmpty()) {
      return 0;
    }
    int words = 1;
    for (int i = 0; i < match.length(); i++) {
      if (match.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  /** The last character that is not a closing quote, bracket or space, or 0. */
  char finalMark() {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if ("\"'”’»)] ".indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return c;
      }
    }
    return 0;
  }

  /** Ends like a sentence of running text: a full stop, colon or semicolon. */
  boolean endsLikeSentence() {
    char mark = finalMark();
    return mark == '.' && !text.endsWith("..") || mark == ':' || mark == '؛' || mark == ';'
        || mark == '،' || mark == ',';
  }

  /** Counts letters: {@code [arabic, latin]}. */
  int[] letterCounts() {
    int arabic = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F'
          || c >= '\uFB50' && c <= '\uFEFC') {
        if (Character.isLetter(c)) {
          arabic++;
        }
      } else if (c < 0x250 && Character.isLetter(c)) {
        latin++;
      }
    }
    return new int[] {arabic, latin};
  }
}
