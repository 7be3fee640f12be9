package org.isnad.annotate.ner;

import org.isnad.text.ArabicLetters;
import org.isnad.text.ArabicNormalizer;

/**
 * The forms of a word the tagger looks at: normalised (letters unified, diacritics and tatweel
 * removed) and its stem without glued conjunction, preposition and article ("وبالرياض" → "رياض",
 * "للأسد" → "اسد", "بالرياض" → "رياض").
 */
final class WordForms {
  private WordForms() {}

  static String normalized(String word) {
    return ArabicNormalizer.standard().normalizeToString(word).strip();
  }

  /**
   * The normalised word without و/ف, then a glued preposition, then the article
   * ({@link WordAffixes}; keeping at least 2 letters).
   */
  static String stem(String normalized) {
    String w = ArabicLetters.withoutConjunction(normalized);
    WordAffixes affixes = WordAffixes.bundled();
    String article = affixes.article();
    String lamArticle = affixes.lamArticle();
    if (w.startsWith(lamArticle) && w.length() > 4) {
      return w.substring(lamArticle.length());
    }
    if (w.length() > 4 && affixes.isProclitic(w.charAt(0)) && w.startsWith(article, 1)) {
      w = w.substring(1);
    }
    if (w.startsWith(article) && w.length() > 3) {
      w = w.substring(article.length());
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
