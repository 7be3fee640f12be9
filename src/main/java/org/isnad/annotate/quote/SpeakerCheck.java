package org.isnad.annotate.quote;

import static org.isnad.text.GrammarWords.HER;
import static org.isnad.text.GrammarWords.HIM;
import static org.isnad.text.GrammarWords.LI;
import static org.isnad.text.GrammarWords.LI_ARTICLE;
import static org.isnad.text.GrammarWords.THEM;

import java.util.List;

/**
 * Tells whether a phrase read where a speaker stands can name one. It cannot when it opens with
 * a one-letter word, a date, a bare preposition or a medium ({@code non-speakers.txt}), when it is a number, or when
 * it is a generic phrase that names no one ({@code unnamed-sources.txt}). Thread safe.
 */
final class SpeakerCheck {
  private final QuoteLexicon lexicon;

  SpeakerCheck(QuoteLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether words [from, to) may name a speaker; an empty phrase may not. */
  boolean canSpeak(List<Word> words, int from, int to) {
    if (to <= from) {
      return false;
    }
    Word first = words.get(from);
    if ((first.text().length() == 1 && Character.isLetter(first.text().charAt(0)))  // "ا", "ب"
        || lexicon.nonSpeakerHeads.contains(first.text())
        || (first.text().length() > 3 && lexicon.nonSpeakerHeads.contains(first.bare()))) {
      // "ولي العهد" is no "و" + "لي": a three-letter word is read whole
      return false;
    }
    return !isNumber(words, from, to) && !lexicon.unnamedSources.contains(joined(words, from, to));
  }

  /**
   * Whether words [from, to) right after a speech verb may name its speaker: not when they open
   * with "لل" or with ل before a noun carrying a pronoun ("قال للصحفيين", "قال لجمهوره": the one
   * addressed).
   */
  boolean canSpeakAfterVerb(List<Word> words, int from, int to) {
    Word first = words.get(from);
    return canSpeak(words, from, to) && !first.text().startsWith(LI_ARTICLE) && !addressed(first)
        && !toldOutlet(first);
  }

  /** "وأضاف لقناة الإخبارية": ل glued to an outlet's generic word is the outlet told. */
  private static boolean toldOutlet(Word w) {
    String t = w.text();
    return t.length() > 3 && t.startsWith(LI)
        && org.isnad.annotate.entity.OutletLexicon.isHead(t.substring(1));
  }

  /** "لجمهوره", "لخصومه": ل glued to a noun with an attached pronoun (as written, not ة). */
  private static boolean addressed(Word w) {
    String written = w.written();
    return written.startsWith(LI) && written.length() > 3
        && (written.endsWith(HIM) || written.endsWith(HER) || written.endsWith(THEM));
  }

  /** "2017", "1 , 5": digits and punctuation only. */
  private static boolean isNumber(List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      Word w = words.get(k);
      if (!w.isPunctuation() && !Character.isDigit(w.text().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static String joined(List<Word> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(k > from ? " " : "").append(words.get(k).text());
    }
    return sb.toString();
  }
}
