package org.isnad.extract;

/**
 * Light normalisation used only to compare page lines with phrase lists: alef forms to bare alef,
 * alef maksura to yeh, teh marbuta to heh, Persian yeh/keheh to Arabic, diacritics and tatweel
 * and invisible marks removed, Arabic-Indic digits to ASCII, curly quotes to straight, Latin lower
 * case, runs of spaces to one. Not for output: offsets are not kept.
 */
final class MatchText {
  private MatchText() {}

  static String of(String text) {
    char[] out = new char[text.length()];
    int length = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c == 0) {
        continue;
      }
      if (isWhitespace(c)) {
        if (!space) {
          out[length++] = ' ';
        }
        space = true;
      } else {
        out[length++] = c;
        space = false;
      }
    }
    while (length > 0 && out[length - 1] == ' ') {
      length--;
    }
    return new String(out, 0, length);
  }

  /** {@link Character#isWhitespace}, answered without a table for ASCII and Arabic. */
  private static boolean isWhitespace(char c) {
    if (c <= ' ') {
      return Character.isWhitespace(c);
    }
    return c >= 0x80 && (c < '\u0600' || c > '\u06FF') && Character.isWhitespace(c);
  }

  /** The folded form of {@code c}, or 0 when it is dropped. */
  private static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A') {
      return foldArabicLetter(c);
    }
    return foldOther(c);
  }

  /** A letter of the basic Arabic block: alef forms, alef maksura, teh marbuta folded. */
  private static char foldArabicLetter(char c) {
    switch (c) {
      case '\u0622', '\u0623', '\u0625': return '\u0627';
      case '\u0649': return '\u064A';
      case '\u0629': return '\u0647';
      default: return c;
    }
  }

  /**
   * The folded form of a character outside ASCII and the basic Arabic letters (those are
   * {@link #foldArabicLetter}'s), or 0.
   */
  private static char foldOther(char c) {
    if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640'
        || c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c == '\uFEFF'
        || c == '\u061C' || c == '\u00AD') {
      return 0;
    }
    switch (c) {
      case '\u0671': return '\u0627';
      case '\u06CC': return '\u064A';
      case '\u06A9': return '\u0643';
      case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2033': return '"';
      case '\u2018', '\u2019': return '\'';
      case '\u00A0', '\u2007', '\u202F': return ' ';
      default: break;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return Character.toLowerCase(c);
  }
}
