package org.isnad.annotate.quote;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.FA;
import static org.isnad.text.GrammarWords.LI;
import static org.isnad.text.GrammarWords.LI_ARTICLE;
import static org.isnad.text.GrammarWords.LI_LETTER;
import static org.isnad.text.GrammarWords.MIN;

import java.util.List;

/**
 * Reads the noun phrase that names a speaker or source: from a word up to a stop word,
 * punctuation, a complementizer, a speech verb or a source phrase, or the end of a person's name,
 * at most {@value #MAX} words.
 */
final class PhraseReader {
  static final int MAX = 14;
  private final QuoteLexicon lexicon;

  PhraseReader(QuoteLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Index after the last word of the phrase starting at {@code from} (== from when empty). */
  int end(List<Word> words, int from) {
    int k = from;
    while (k < words.size() && k - from < MAX) {
      int quoted = quotedNameEnd(words, k);
      if (quoted > k) {
        k = quoted;
      } else if (continues(words, k, k == from)) {
        k++;
        if (words.get(k - 1).endsName()) {
          break;  // "صقر تفاصيل اللقاء": the name ends the phrase
        }
      } else {
        break;
      }
    }
    return k;
  }

  /** «سانا», "إن بي سي نيوز": a short quoted name is part of a phrase; index after it, or k. */
  static int quotedNameEnd(List<Word> words, int k) {
    if (!words.get(k).isQuoteMark()) {
      return k;
    }
    for (int j = k + 1; j < words.size() && j - k <= 5; j++) {
      Word w = words.get(j);
      if (w.isQuoteMark()) {
        return j > k + 1 ? j + 1 : k;
      }
      if (w.isPunctuation() && !w.is(".") && !w.is("-")) {
        return k;
      }
    }
    return k;
  }

  private boolean continues(List<Word> words, int k, boolean first) {
    Word w = words.get(k);
    if ((w.is("%") || w.is("٪")) && k > 0 && Character.isDigit(words.get(k - 1).text().charAt(0))) {
      return true;  // "64 %"
    }
    if (w.text().equals(MIN) && k > 0 && isQuantity(words.get(k - 1))) {
      return true;  // "ثلاثة من المصادر", "64 % من هذه المؤسسات"
    }
    if (w.isPunctuation() || lexicon.complementizer(w) != null
        || lexicon.isStop(w) || isSpeechVerb(words, k)
        || sourcePhraseAt(words, k) > 0) {
      return false;
    }
    return first || !isRecipient(w);
  }

  private static boolean isQuantity(Word w) {
    return Character.isDigit(w.text().charAt(0)) || w.is("%") || w.is("٪")
        || QUANTITIES.contains(w.bare());
  }

  /** "عدد", "ثلاثة": words of quantity ({@code quantity-words.txt}). */
  private static final java.util.Set<String> QUANTITIES =
      QuoteLexicon.wordSet("quantity-words.txt");

  /** A speech verb at k; a form that is also another word only at the start of a clause. */
  boolean isSpeechVerb(List<Word> words, int k) {
    Word w = words.get(k);
    String key = lexicon.speechVerbs.containsKey(w.text()) ? w.text()
        : lexicon.speechVerbs.containsKey(w.bare()) ? w.bare() : null;
    if (key == null) {
      return false;
    }
    return !lexicon.clauseInitialOnly.contains(key) || k == 0  // "وبين شطري": "and between"
        || words.get(k - 1).isPunctuation();
  }

  /** "للصحفيين", "لرويترز": who was told. */
  boolean isRecipient(Word w) {
    String t = w.text();
    if (t.length() < 3 || t.charAt(0) != LI_LETTER) {
      return false;
    }
    String rest = t.startsWith(LI_ARTICLE) ? ARTICLE + t.substring(2) : t.substring(1);
    return lexicon.recipients.contains(rest)
        || org.isnad.annotate.entity.OutletLexicon.bundled().outlet(rest, false) != null;
  }

  /** Number of words of the source phrase ("نقلا عن", "وفقا ل") starting at k, or 0. */
  int sourcePhraseAt(List<Word> words, int k) {
    String[] phrase = sourcePhrase(words, k);
    return phrase == null ? 0 : phrase.length;
  }

  /** The source phrase starting at k, or {@code null}. */
  String[] sourcePhrase(List<Word> words, int k) {
    if (!(words instanceof WordList list)) {
      return readSourcePhrase(words, k);
    }
    String[] phrase = list.sourcePhrase(k);
    if (phrase == null) {
      phrase = readSourcePhrase(words, k);
      list.keepSourcePhrase(k, phrase);
    }
    return phrase == WordList.NONE ? null : phrase;
  }

  private String[] readSourcePhrase(List<Word> words, int k) {
    Word w = words.get(k);
    String first = w.text().startsWith(FA) ? w.text() : w.bare();
    return lexicon.sourcePhrases.first(phrase -> matches(words, k, phrase), first, w.text(),
        first.startsWith(LI) && first.length() > 2 ? LI : null);  // a lone ل, glued
  }

  /** Whether the phrase at k ends in a ل glued to its last word ("وفقا لمسؤولين"). */
  boolean gluedLam(List<Word> words, int k) {
    String[] phrase = sourcePhrase(words, k);
    return phrase != null && phrase.length > 1 && phrase[phrase.length - 1].equals(LI)
        && !words.get(k + phrase.length - 1).text().equals(LI);
  }

  private static boolean matches(List<Word> words, int k, String[] phrase) {
    if (k + phrase.length > words.size()) {
      return false;
    }
    for (int i = 0; i < phrase.length; i++) {
      String first = words.get(k).text();  // "فحسب" is "only": a source phrase takes و, not ف
      String w = i == 0 ? (first.startsWith(FA) ? first : words.get(k).bare())
          : words.get(k + i).text();
      String want = phrase[i];
      boolean last = i == phrase.length - 1;
      if (!(w.equals(want) || (i == 0 && words.get(k).text().equals(want))
          || (last && want.equals(LI) && w.startsWith(LI) && w.length() > 2))) {
        return false;
      }
    }
    return true;
  }
}
