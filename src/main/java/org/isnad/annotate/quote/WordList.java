package org.isnad.annotate.quote;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The words of one sentence, unmodifiable, with what is read at each position kept once read:
 * the source phrase that opens there, which the readers of a sentence ask for again and again.
 * What is kept depends on the words alone (the lexicon is fixed), so asking twice gives the same
 * answer. Used by one thread, for one sentence.
 */
final class WordList extends AbstractList<Word> implements RandomAccess {
  private static final String[] NONE = new String[0];
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

  /** The source phrase at k as {@code read} reads it (null when none), read once. */
  String[] sourcePhrase(int k, IntFunction<String[]> read) {
    if (sourcePhrases == null) {
      sourcePhrases = new String[words.size()][];
    }
    String[] phrase = sourcePhrases[k];
    if (phrase == null) {
      phrase = read.apply(k);
      sourcePhrases[k] = phrase == null ? NONE : phrase;
    }
    return phrase == NONE ? null : phrase;
  }
}
