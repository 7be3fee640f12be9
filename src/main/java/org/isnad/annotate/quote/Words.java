package org.isnad.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a stretch of normalised text into {@link Word}s. */
final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\S");

  private Words() {}

  /** The words with their spelling in the article (see {@link Word#isStop}). */
  static List<Word> of(org.isnad.text.AlignedText aligned, int from, int to) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(aligned.normalized()).region(from, to);
    while (m.find()) {
      words.add(new Word(m.group(), m.start(), m.end(), aligned.original().substring(
          aligned.originalStart(m.start()), aligned.originalEnd(m.end()))));
    }
    return words;
  }

  static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      words.add(new Word(m.group(), m.start(), m.end()));
    }
    return words;
  }
}
