package org.isnad.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a stretch of normalised text into {@link Word}s. */
final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\S");

  private Words() {}

  /**
   * The words with their spelling in the article; {@code nameEnds} are char offsets in the
   * article text where a person's name ends.
   */
  static List<Word> of(org.isnad.text.AlignedText aligned, int from, int to,
      java.util.Set<Integer> nameEnds) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(aligned.normalized()).region(from, to);
    while (m.find()) {
      int end = aligned.originalEnd(m.end());
      words.add(new Word(m.group(), m.start(), m.end(), aligned.original().substring(
          aligned.originalStart(m.start()), end), nameEnds.contains(end)));
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
