package org.isnad.export;

/**
 * Makes any Java string safe to write as text: the result is well-formed UTF-16 (a lone
 * surrogate becomes U+FFFD) and, for markup, holds only characters XML 1.0 allows (control
 * characters other than tab, line feed and carriage return are removed; the non-characters
 * U+FFFE and U+FFFF become U+FFFD). Code point count is kept by {@link #wellFormed}, so offsets
 * into a text stay valid. Stateless.
 */
final class SafeText {
  private static final char REPLACEMENT = '\uFFFD';

  private SafeText() {}

  /** {@code text} with every lone surrogate replaced by U+FFFD; {@code null} stays {@code null}. */
  static String wellFormed(String text) {
    if (text == null || !hasLoneSurrogate(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? REPLACEMENT : c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} as XML 1.0 character data allows it (also what HTML and a spreadsheet read
   * cleanly): lone surrogates and non-characters U+FFFE/U+FFFF become U+FFFD, other control
   * characters than tab, line feed and carriage return are removed. {@code null} becomes "".
   */
  static String xml(String text) {
    if (text == null) {
      return "";
    }
    String wellFormed = wellFormed(text);
    if (allXmlChars(wellFormed)) {
      return wellFormed;
    }
    StringBuilder out = new StringBuilder(wellFormed.length());
    wellFormed.codePoints().forEach(c -> {
      if (c == 0xFFFE || c == 0xFFFF) {
        out.append(REPLACEMENT);
      } else if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static boolean hasLoneSurrogate(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        continue;  // nearly every character: one test
      }
      if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else {
        return true;
      }
    }
    return false;
  }

  private static boolean allXmlChars(String wellFormed) {
    for (int i = 0; i < wellFormed.length(); i++) {
      char c = wellFormed.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
        return false;
      }
    }
    return true;
  }
}
