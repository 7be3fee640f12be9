package org.isnad.text;

import java.util.List;

/**
 * Finds words that a broken editor glued together: a month name and the word after it
 * ("نوفمبرالماضي" is "نوفمبر" + "الماضي"). Month names ({@code month-names.txt}) and the words
 * glued to them ({@code glue-tails.txt}) are resource files. Immutable and thread safe.
 */
public final class GluedWordSplitter {
  private static final class Holder {
    static final GluedWordSplitter BUNDLED = new GluedWordSplitter(
        TextResources.normalisedLines("month-names.txt").stream()
            .filter(m -> m.indexOf(' ') < 0).toList(),
        TextResources.normalisedLines("glue-tails.txt"));
  }

  private final List<String> heads;
  private final List<String> tails;

  private GluedWordSplitter(List<String> heads, List<String> tails) {
    this.heads = heads;
    this.tails = tails;
  }

  public static GluedWordSplitter bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Where to split a normalised word, as an index into it, or -1 when it is not glued.
   * Normalisation maps one character to one, so callers map the index back with
   * {@link AlignedText}.
   */
  public int splitPoint(String normalizedWord) {
    for (String tail : tails) {
      if (normalizedWord.endsWith(tail) && normalizedWord.length() > tail.length()) {
        String head = normalizedWord.substring(0, normalizedWord.length() - tail.length());
        if (heads.contains(head)) {
          return head.length();
        }
      }
    }
    return -1;
  }
}
