package org.isnad.annotate.quote;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The words of one sentence, unmodifiable, with what is read at each position kept once read:
 * the source phrase that opens there, which the readers of a sentence ask for again and again.
 * What is kept depends on the words alone (the lexicon is fixed), so asking twice gives the same
 * answer. Used by one thread, for one sentence.
 */
final class WordList extends AbstractList<Word> implements RandomAccess {
  /** Kept for a position where no source phrase opens. */
  static final String[] NONE = new String[0];
  private final List<Word> words;
  private String[][] sourcePhrases;

  WordList(List<Word> words) {
    this.words = words;
  }

  @Override
  public Word get(int index) {
    return words.get(index);
  }

  @Override
  public int size() {
    return words.size();
  }

  /** The source phrase kept for k: null when not read yet, {@link #NONE} when there is none. */
  String[] sourcePhrase(int k) {
    return sourcePhrases == null ? null : sourcePhrases[k];
  }

  /** Keeps the source phrase read at k ({@code null}: none there). */
  void keepSourcePhrase(int k, String[] phrase) {
    if (sourcePhrases == null) {
      sourcePhrases = new String[words.size()][];
    }
    sourcePhrases[k] = phrase == null ? NONE : phrase;
  }
}
