package org.isnad.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Normalises Arabic news text for matching, keeping a map back to the original
 * ({@link AlignedText}). Every rule maps one character to one character or removes it, so spans
 * always map back. Rules:
 * <ul>
 *   <li>alef with hamza above or below, alef madda and alef wasla → bare alef (أ إ آ ٱ → ا),
 *       unless {@link Options#keepAlefHamza} (then only ٱ → ا);
 *   <li>alef maksura → yeh (ى → ي), Persian yeh → yeh (ی → ي), keheh → kaf (ک → ك);
 *   <li>teh marbuta → heh (ة → ه), unless {@link Options#keepTehMarbuta};
 *   <li>hamza on waw and yeh (ؤ ئ) kept, or → ء with {@link Options#foldHamzaSeats};
 *   <li>tatweel (ـ) removed; diacritics (harakat, tanween, shadda, sukun, superscript alef,
 *       Quranic marks) removed;
 *   <li>Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits → ASCII digits, Arabic decimal
 *       and thousands separators → '.' and ',';
 *   <li>zero-width characters, bidi controls, byte order mark and soft hyphen removed;
 *   <li>double quotes of every style (“ ” « » „ ‟ ″ ‹ › ʺ ＂ 〝 〞) → {@code "}, single (‘ ’ ‚ ‛ ′) →
 *       {@code '};
 *   <li>no-break and other Unicode spaces → ' '.
 * </ul>
 * Hamza on waw and yeh (ؤ ئ) is kept by default. Unlike the alef forms, which writers drop
 * at will (احمد/أحمد), the seat of a medial hamza is written consistently and tells words apart
 * (سئل "was asked" / سيل "flood", رئة "lung" / ريه), and Lucene's normaliser keeps it too. The
 * one frequent variation, Egyptian مسئول beside مسؤول, is unified by
 * {@link Options#foldHamzaSeats} (ؤ ئ → ء), off by default. Arabic comma, semicolon and question
 * mark are kept because sentence splitting needs them.
 *
 * <p>Immutable and thread safe. After Lucene's {@code ArabicNormalizer} (Larkey, Ballesteros and
 * Connell, "Light Stemming for Arabic Information Retrieval", 2007), extended with an alignment.
 */
public final class ArabicNormalizer {
  /**
   * Which optional rules apply.
   *
   * @param keepTehMarbuta leave ة as written instead of folding it to ه
   * @param foldHamzaSeats fold hamza on waw and yeh (ؤ ئ) to the bare hamza ء
   * @param keepAlefHamza leave أ إ آ as written (alef wasla is still folded); the tokenizer
   *     uses it to tell the article ال from a word that starts with أل/إل (إلغاء، ألمح)
   */
  public record Options(boolean keepTehMarbuta, boolean foldHamzaSeats, boolean keepAlefHamza) {
    /** The default rules: ة → ه, ؤ ئ kept, أ إ آ → ا. */
    public static final Options DEFAULT = new Options(false, false, false);

    public Options withKeepTehMarbuta(boolean keep) {
      return new Options(keep, foldHamzaSeats, keepAlefHamza);
    }

    public Options withFoldHamzaSeats(boolean fold) {
      return new Options(keepTehMarbuta, fold, keepAlefHamza);
    }

    public Options withKeepAlefHamza(boolean keep) {
      return new Options(keepTehMarbuta, foldHamzaSeats, keep);
    }
  }

  private static final char REMOVED = '\uFFFF';
  /** The folded form of every UTF-16 unit, by the bits of {@link #index}: built once. */
  private static final char[][] TABLES = tables();
  private static final ArabicNormalizer DEFAULT = new ArabicNormalizer(Options.DEFAULT);
  private final Options options;
  /** {@link #fold} of every UTF-16 unit under these options ({@link #REMOVED} if dropped). */
  private final char[] table;

  /** A normaliser with the given rules; {@code null} options throw NullPointerException. */
  public ArabicNormalizer(Options options) {
    Objects.requireNonNull(options, "options");
    this.options = options;
    this.table = TABLES[index(options)];
  }

  private static int index(Options options) {
    return (options.keepTehMarbuta() ? 1 : 0) | (options.foldHamzaSeats() ? 2 : 0)
        | (options.keepAlefHamza() ? 4 : 0);
  }

  /** One table per combination of options, each filled by the rules of {@link #fold}. */
  private static char[][] tables() {
    char[][] tables = new char[8][];
    for (int bits = 0; bits < tables.length; bits++) {
      Options options = new Options((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0);
      char[] table = new char[Character.MAX_VALUE + 1];
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        table[c] = fold((char) c, options);
      }
      tables[bits] = table;
    }
    return tables;
  }

  /** The normaliser with the default rules. */
  public static ArabicNormalizer standard() {
    return DEFAULT;
  }

  /**
   * Normalises {@code text}, keeping the alignment back to it.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public AlignedText normalize(String text) {
    requireText(text);
    char[] out = new char[text.length()];
    int[] alignment = new int[text.length() + 1];
    char[] folds = table;
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = folds[text.charAt(i)];
      if (c != REMOVED) {
        out[n] = c;
        alignment[n++] = i;
      }
    }
    alignment[n] = text.length();
    return new AlignedText(text, new String(out, 0, n), Arrays.copyOf(alignment, n + 1));
  }

  /**
   * Normalises {@code text} without building an alignment (the fast path for matching); returns
   * {@code text} itself when nothing changes, so it allocates nothing for already-clean text.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public String normalizeToString(String text) {
    requireText(text);
    char[] folds = table;
    int length = text.length();
    int i = 0;
    while (i < length && folds[text.charAt(i)] == text.charAt(i)) {
      i++;
    }
    if (i == length) {
      return text;
    }
    char[] out = new char[length];
    text.getChars(0, i, out, 0);
    int n = i;
    for (; i < length; i++) {
      char c = folds[text.charAt(i)];
      if (c != REMOVED) {
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }

  private static void requireText(String text) {
    Objects.requireNonNull(text, "text");
  }

  private static char fold(char c, Options options) {
    if (c < '\u00A0') {
      return c;
    }
    if (ArabicLetters.isDiacritic(c) || ArabicLetters.isInvisible(c) || c == ArabicLetters.TATWEEL) {
      return REMOVED;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + c - '\u0660');
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + c - '\u06F0');
    }
    return foldLetter(c, options);
  }

  private static char foldLetter(char c, Options options) {
    switch (c) {
      case ArabicLetters.ALEF_MADDA, ArabicLetters.ALEF_HAMZA_ABOVE,
          ArabicLetters.ALEF_HAMZA_BELOW:
        return options.keepAlefHamza() ? c : ArabicLetters.ALEF;
      case ArabicLetters.ALEF_WASLA:
        return ArabicLetters.ALEF;
      case ArabicLetters.ALEF_MAKSURA, ArabicLetters.FARSI_YEH:
        return ArabicLetters.YEH;
      case ArabicLetters.KEHEH:
        return ArabicLetters.KAF;
      case ArabicLetters.TEH_MARBUTA:
        return options.keepTehMarbuta() ? c : ArabicLetters.HEH;
      case ArabicLetters.WAW_HAMZA, ArabicLetters.YEH_HAMZA:
        return options.foldHamzaSeats() ? ArabicLetters.HAMZA : c;
      case '\u066B':
        return '.';
      case '\u066C':
        return ',';
      case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2033', '\u2039', '\u203A',
          '\u201F', '\u02BA', '\uFF02', '\u301D', '\u301E':
        return '"';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032':
        return '\'';
      default:
        return Character.isSpaceChar(c) ? ' ' : c;
    }
  }
}
