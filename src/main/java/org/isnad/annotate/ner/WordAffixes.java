package org.isnad.annotate.ner;

import java.util.ArrayList;
import java.util.List;
import org.isnad.text.RuleFile;

/**
 * The article, nisba endings and glued prepositions that the tagger's word forms
 * ({@link WordForms}) and features ({@link NerFeatures}, {@link WordScorer}) look for, read
 * from {@code word-affixes.txt} (role, space, form). Immutable and thread safe.
 */
final class WordAffixes {
  private static final WordAffixes BUNDLED = new WordAffixes(
      RuleFile.read(WordAffixes.class, "word-affixes.txt"));
  private final String article;
  private final String lamArticle;
  private final List<String> nisba = new ArrayList<>();
  private final String nisbaNext;
  private final String proclitics;

  WordAffixes(List<String> entries) {
    String a = null;
    String lam = null;
    String next = null;
    StringBuilder glued = new StringBuilder();
    for (String entry : entries) {
      int space = entry.indexOf(' ');
      if (space < 0) {
        throw new IllegalArgumentException("word affix without a role: " + entry);
      }
      String form = entry.substring(space + 1).strip();
      switch (entry.substring(0, space)) {
        case "article" -> a = form;
        case "lam-article" -> lam = form;
        case "nisba" -> nisba.add(form);
        case "nisba-next" -> next = form;
        case "proclitic" -> glued.append(form);
        default -> throw new IllegalArgumentException("unknown word affix role: " + entry);
      }
    }
    if (a == null || lam == null || next == null) {
      throw new IllegalArgumentException("word affixes need article, lam-article, nisba-next");
    }
    article = a;
    lamArticle = lam;
    nisbaNext = next;
    proclitics = glued.toString();
  }

  static WordAffixes bundled() {
    return BUNDLED;
  }

  /** The definite article ("ال"). */
  String article() {
    return article;
  }

  /** The preposition ل glued to the article ("لل"). */
  String lamArticle() {
    return lamArticle;
  }

  /** Whether the normalised word starts with the article, also after one glued letter. */
  boolean hasArticle(String word) {
    return word.startsWith(article) || (word.length() > 3 && word.startsWith(article, 1));
  }

  /** Whether the normalised word ends with a nisba ending. */
  boolean hasNisbaEnding(String word) {
    for (String ending : nisba) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the normalised word starts with the article and ends with the next-word ending. */
  boolean isNextNisba(String word) {
    return word.startsWith(article) && word.endsWith(nisbaNext);
  }

  /** Whether {@code c} may be a preposition glued before a word. */
  boolean isProclitic(char c) {
    return proclitics.indexOf(c) >= 0;
  }

  /** The stem without a first letter that may be a glued preposition, or {@code null}. */
  String withoutProclitic(String stem) {
    return stem.length() > 3 && isProclitic(stem.charAt(0)) ? stem.substring(1) : null;
  }
}
