package org.isnad.ingest;

/**
 * Counts how Arabic a decoded stretch looks, to choose between candidate charsets and to judge a
 * decoding. Rules:
 *
 * <ul>
 *   <li>an <em>Arabic letter</em> is a letter in the Arabic blocks (U+0600–U+06FF, U+0750–U+077F,
 *       U+08A0–U+08FF, presentation forms U+FB50–U+FDFF and U+FE70–U+FEFF) that does not touch an
 *       ASCII letter: an Arabic letter inside a Latin word («cafى») is what a wrong Arabic charset
 *       makes of accented Latin, so it counts as foreign;
 *   <li>a <em>foreign</em> character is any other non-ASCII character except Arabic marks and
 *       punctuation (vowel signs, «،», «؟») and white space: Latin accents, symbols, U+FFFD,
 *       C1 controls — what a wrong charset makes of Arabic bytes.
 * </ul>
 *
 * <p>Linear time; thread safe (stateless).
 */
final class ArabicLetters {
  /**
   * Share of Arabic letters among letters and foreign characters above which a stretch is taken
   * for Arabic text. Real Arabic text in its right charset scores above 0.9; random high bytes read
   * as windows-1256 or ISO-8859-6 score about 0.35.
   */
  static final double PLAUSIBLE_SHARE = 0.6;

  /** How many Arabic letters and foreign characters a text holds. */
  record Tally(int arabic, int foreign) {
    /** Arabic letters minus foreign characters: higher is a better decoding. */
    int score() {
      return arabic - foreign;
    }

    /** True when the text reads as Arabic (see {@link #PLAUSIBLE_SHARE}). */
    boolean plausible() {
      return arabic > 0 && arabic >= PLAUSIBLE_SHARE * (arabic + foreign);
    }
  }

  private ArabicLetters() {}

  static Tally tally(CharSequence text) {
    int arabic = 0;
    int foreign = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80 || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      boolean letter = isArabicBlock(c) && Character.isLetter(c);
      if (letter && !touchesLatin(text, i)) {
        arabic++;
      } else if (letter || !isArabicBlock(c)) {
        foreign++;
      }
    }
    return new Tally(arabic, foreign);
  }

  /** True when the text holds at least one Arabic letter. */
  static boolean any(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && isArabicBlock(c) && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  static boolean isArabicBlock(char c) {
    return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF
        || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
  }

  private static boolean touchesLatin(CharSequence text, int i) {
    return i > 0 && isAsciiLetter(text.charAt(i - 1))
        || i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1));
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
