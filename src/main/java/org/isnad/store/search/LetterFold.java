package org.isnad.store.search;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * The letter rules the search index adds after Lucene's {@link ArabicNormalizer} (alef forms,
 * alef maksura, teh marbuta, tatweel, the eight harakat) and {@link PersianNormalizer} (Farsi yeh,
 * yeh barree, keheh, heh with yeh and heh goal, hamza above), for what those two leave as written:
 * <ul>
 *   <li>hamza on waw and on yeh → hamza (ؤ ئ → ء), so مسئول finds مسؤول and the reverse;
 *   <li>alef wasla → alef (ٱ → ا);
 *   <li>Kurdish ae and teh marbuta goal → heh (ە ۃ → ه); swash kaf → kaf (ڪ → ك);
 *   <li>removed: superscript alef, the marks after sukun (madda and hamza above and below,
 *       subscript alef…), Quranic annotation signs, and invisible format characters (zero-width
 *       joiner and non-joiner, bidi marks and controls, Arabic letter mark, soft hyphen, BOM).
 * </ul>
 * Every rule maps one UTF-16 unit to one or removes it. Stateless and thread safe.
 */
final class LetterFold {
  static final char HAMZA = '\u0621';
  static final char HAMZA_ON_WAW = '\u0624';
  static final char HAMZA_ON_YEH = '\u0626';
  static final char ALEF = '\u0627';
  static final char ALEF_WASLA = '\u0671';
  static final char HEH = '\u0647';
  static final char AE = '\u06D5';
  static final char TEH_MARBUTA_GOAL = '\u06C3';
  static final char KAF = '\u0643';
  static final char SWASH_KAF = '\u06AA';
  private static final char REMOVED = '\uFFFF';
  private static final ArabicNormalizer ARABIC = new ArabicNormalizer();
  private static final PersianNormalizer PERSIAN = new PersianNormalizer();

  private LetterFold() {}

  /** Folds {@code s[0, len)} in place and returns the new length. */
  static int fold(char[] s, int len) {
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = folded(s[i]);
      if (c != REMOVED) {
        s[n++] = c;
      }
    }
    return n;
  }

  /**
   * The whole letter normalisation of the search analyzer on one word: Lucene's Arabic and
   * Persian normalisers, then {@link #fold}. Case and digits are left as they are.
   */
  static String normalize(String word) {
    char[] s = word.toCharArray();
    int len = ARABIC.normalize(s, s.length);
    len = PERSIAN.normalize(s, len);
    return new String(s, 0, fold(s, len));
  }

  private static char folded(char c) {
    if (isRemoved(c)) {
      return REMOVED;
    }
    return switch (c) {
      case HAMZA_ON_WAW, HAMZA_ON_YEH -> HAMZA;
      case ALEF_WASLA -> ALEF;
      case AE, TEH_MARBUTA_GOAL -> HEH;
      case SWASH_KAF -> KAF;
      default -> c;
    };
  }

  private static boolean isRemoved(char c) {
    return c >= '\u0610' && c <= '\u061A' // Quranic honorifics and small high letters
        || c >= '\u0653' && c <= '\u065F' // madda, hamza above and below, other marks
        || c == '\u0670' // superscript alef
        || c >= '\u06D6' && c <= '\u06DC' || c >= '\u06DF' && c <= '\u06E4'
        || c == '\u06E7' || c == '\u06E8' || c >= '\u06EA' && c <= '\u06ED'
        || c == '\u061C' || c == '\u00AD' || c == '\uFEFF' // letter mark, soft hyphen, BOM
        || c >= '\u200B' && c <= '\u200F' // zero-width space, (non-)joiner, LRM, RLM
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }
}
