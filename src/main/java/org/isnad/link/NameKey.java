package org.isnad.link;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.LI_ARTICLE;

import java.util.List;
import org.isnad.text.ArabicNormalizer;

/**
 * A name reduced for comparison: normalised letters (ی→ي, ک→ك, hamza forms, ة→ه), quotes and
 * punctuation removed, and a glued preposition or conjunction dropped from the first word
 * ("لبشار" → "بشار", "ببوتين" → "بوتين", "للأسد" → "الاسد").
 */
record NameKey(List<String> words) {
  private static final String CLITICS = org.isnad.text.Proclitics.letters();
  /** The letter and number categories (regex {@code \p{L}}, {@code \p{N}}) as type bits. */
  private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER
      | 1 << Character.LOWERCASE_LETTER | 1 << Character.TITLECASE_LETTER
      | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
      | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER
      | 1 << Character.OTHER_NUMBER;

  /**
   * The words of the normalised name: its runs of letters and digits (what is neither is a
   * space, as replacing {@code [^\p{L}\p{N}\s]+} by a space and splitting on
   * {@code \s+} gives), the first without a safe clitic. Read in one pass, no pattern.
   */
  static NameKey of(String name) {
    String normalized = ArabicNormalizer.standard().normalizeToString(name);
    List<String> words = new java.util.ArrayList<>(4);
    int n = normalized.length();
    int i = 0;
    while (i < n) {
      int from = i;
      while (i < n && isWordPoint(normalized.codePointAt(i))) {
        i += Character.charCount(normalized.codePointAt(i));
      }
      if (i > from) {
        words.add(normalized.substring(from, i));
      } else {
        i += Character.charCount(normalized.codePointAt(i));
      }
    }
    if (words.isEmpty()) {
      return new NameKey(List.of());
    }
    words.set(0, withoutClitic(words.get(0)));
    return new NameKey(List.copyOf(words));
  }

  /** Whether the code point is a letter or a number (regex {@code [\p{L}\p{N}]}). */
  private static boolean isWordPoint(int codePoint) {
    return (WORD_TYPES >>> Character.getType(codePoint) & 1) != 0;
  }

  /** Only the safe cases: a clitic before ال ("والأسد", "بالأسد", "للأسد"). */
  static String withoutClitic(String word) {
    if (word.startsWith(LI_ARTICLE) && word.length() > 4) {
      return ARTICLE + word.substring(2);
    }
    if (word.length() > 4 && CLITICS.indexOf(word.charAt(0)) >= 0 && word.startsWith(ARTICLE, 1)) {
      return word.substring(1);
    }
    return word;
  }

  /**
   * The name without a first letter that may be a glued ب ل و ف ك ("لبشار", "ببوتين"), or
   * {@code null}; whether it is one is for the caller to decide by finding the shorter name.
   */
  NameKey withoutProclitic() {
    String first = words.isEmpty() ? "" : words.get(0);
    if (first.length() < 4 || CLITICS.indexOf(first.charAt(0)) < 0 || first.startsWith(ARTICLE)) {
      return null;
    }
    List<String> rest = new java.util.ArrayList<>(words);
    rest.set(0, first.substring(1));
    return new NameKey(List.copyOf(rest));
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  String joined() {
    return String.join(" ", words);
  }

  /** Whether this (shorter) name is the last or first words of {@code full}. */
  boolean isPartOf(NameKey full) {
    int n = words.size();
    int m = full.words.size();
    return n < m && (full.words.subList(m - n, m).equals(words)
        || full.words.subList(0, n).equals(words));
  }

  /** Same number of words, each equal or one edit apart when long enough (جيروزاليم/جيروازليم). */
  boolean isVariantOf(NameKey other) {
    if (words.size() != other.words.size() || equals(other)) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      String a = words.get(i);
      String b = other.words.get(i);
      if (!a.equals(b) && (Math.min(a.length(), b.length()) < 5 || distance(a, b) > 1)) {
        return false;
      }
    }
    return true;
  }

  /** Damerau–Levenshtein distance (optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
