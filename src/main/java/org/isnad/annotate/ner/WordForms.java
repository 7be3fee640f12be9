package org.isnad.annotate.ner;

import org.isnad.text.ArabicLetters;
import org.isnad.text.ArabicNormalizer;

/**
 * The forms of a word the tagger looks at: normalised (letters unified, diacritics and tatweel
 * removed) and its stem without glued conjunction, preposition and article ("ولبشار" → "بشار",
 * "للأسد" → "اسد", "بالرياض" → "رياض").
 */
final class WordForms {
  private WordForms() {}

  static String normalized(String word) {
    return ArabicNormalizer.standard().normalizeToString(word).strip();
  }

  /** The normalised word without و/ف, then ب/ل/ك, then ال (keeping at least 2 letters). */
  static String stem(String normalized) {
    String w = ArabicLetters.withoutConjunction(normalized);
    if (w.startsWith("لل") && w.length() > 4) {
      return w.substring(2);
    }
    if (w.length() > 4 && "بلك".indexOf(w.charAt(0)) >= 0 && w.startsWith("ال", 1)) {
      w = w.substring(1);
    }
    if (w.startsWith("ال") && w.length() > 3) {
      w = w.substring(2);
    }
    return w;
  }

  /** Digits, Latin letters, punctuation, or Arabic: a coarse shape class. */
  static String shape(String word) {
    if (word.isEmpty()) {
      return "empty";
    }
    int c = word.codePointAt(0);
    if (Character.isDigit(c)) {
      return "digit";
    }
    if (c < 0x80 && Character.isLetter(c)) {
      return "latin";
    }
    if (!Character.isLetter(c)) {
      return "punct";
    }
    return word.length() <= 2 ? "short" : "arabic";
  }
}
