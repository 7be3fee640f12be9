package org.isnad.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a stretch of normalised text into {@link Word}s. */
final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\S");

  private Words() {}

  static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      words.add(new Word(m.group(), m.start(), m.end()));
    }
    return words;
  }
}
