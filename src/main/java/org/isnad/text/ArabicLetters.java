package org.isnad.text;

/** Arabic letters and marks the text layer treats specially, by name. */
public final class ArabicLetters {
  public static final char ALEF = '\u0627';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char ALEF_WASLA = '\u0671';
  public static final char HAMZA = '\u0621';
  public static final char WAW_HAMZA = '\u0624';
  public static final char YEH_HAMZA = '\u0626';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char FARSI_YEH = '\u06CC';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char HEH = '\u0647';
  public static final char KAF = '\u0643';
  public static final char KEHEH = '\u06A9';
  public static final char TATWEEL = '\u0640';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char ARABIC_FULL_STOP = '\u06D4';

  private ArabicLetters() {}

  /** Harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks. */
  public static boolean isDiacritic(char c) {
    return c >= '\u064B' && c <= '\u065F' || c == SUPERSCRIPT_ALEF
        || c >= '\u06D6' && c <= '\u06ED' || c >= '\u0610' && c <= '\u061A';
  }

  /** Letters of the Arabic blocks (not digits, punctuation or marks). */
  public static boolean isArabicLetter(char c) {
    return (c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3'
        || c >= '\u06FA' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F')
        && c != TATWEEL;
  }

  /**
   * A normalised word without a glued conjunction و or ف when more than three letters remain
   * with it ("وذكر" → "ذكر", "فقد" → "قد"); else the word as it is.
   */
  public static String withoutConjunction(String normalized) {
    return normalized.length() > 3 && (normalized.charAt(0) == '\u0648'
        || normalized.charAt(0) == '\u0641') ? normalized.substring(1) : normalized;
  }

  /** Zero-width characters, bidi controls, byte order mark and soft hyphen. */
  public static boolean isInvisible(char c) {
    return c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069' || c == '\u061C' || c == '\uFEFF' || c == '\u00AD'
        || c == '\u2060';
  }
}
