package org.isnad.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds words that a broken editor glued together: a month name and the word after it
 * ("نوفمبرالماضي" is "نوفمبر" + "الماضي", "الثانيالماضي" after كانون is "الثاني" + "الماضي").
 * Month names ({@link MonthNames} read for {@link MonthNames.Use#GLUED}: Gregorian in its
 * Egyptian/Gulf, Levantine and Maghrebi forms, and Hijri) and the words glued to them
 * ({@code glue-tails.txt}) are resource files; every
 * word of a two-word month name counts as a head. A head plus a listed tail is never a word of
 * its own, so the split is safe. Immutable and thread safe.
 */
public final class GluedWordSplitter {
  private static final class Holder {
    static final GluedWordSplitter BUNDLED = new GluedWordSplitter(
        MonthNames.of(MonthNames.Use.GLUED).stream().map(MonthNames.Entry::name)
            .map(ArabicNormalizer.standard()::normalizeToString).toList(),
        TextResources.foldedLines("glue-tails.txt"));
  }

  private final Set<String> heads = new HashSet<>();
  private final List<String> tails;
  private final int shortest;

  private GluedWordSplitter(List<String> months, List<String> tails) {
    for (String month : months) {
      heads.addAll(Arrays.asList(month.split(" ")));
    }
    this.tails = List.copyOf(tails);
    this.shortest = tails.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
  }

  /** The splitter with the bundled month names and tails. */
  public static GluedWordSplitter bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Where to split one word normalised with {@link ArabicNormalizer#standard()}, as an index
   * into it, or -1 when it is not glued. Map the index back to the original word with
   * {@link AlignedText#originalStart(int)}.
   *
   * @throws NullPointerException if {@code normalizedWord} is null
   */
  public int splitPoint(String normalizedWord) {
    Objects.requireNonNull(normalizedWord, "normalizedWord");
    if (normalizedWord.length() <= shortest) {
      return -1;
    }
    for (String tail : tails) {
      int cut = normalizedWord.length() - tail.length();
      if (cut > 0 && normalizedWord.endsWith(tail)
          && heads.contains(normalizedWord.substring(0, cut))) {
        return cut;
      }
    }
    return -1;
  }

  /**
   * The UTF-16 indices in {@code text} where a space is missing between a month name and the
   * word glued to it, in increasing order; empty when there is none.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public int[] splitPoints(String text) {
    Objects.requireNonNull(text, "text");
    return ArabicTokenizer.standard().tokenize(text).stream()
        .mapToInt(Token::start)
        .filter(start -> start > 0 && isArabicLetter(text, start - 1)
            && isArabicLetter(text, start))
        .toArray();
  }

  private static boolean isArabicLetter(String text, int i) {
    char c = text.charAt(i);
    return ArabicLetters.isArabicLetter(c) || ArabicLetters.isDiacritic(c)
        || c == ArabicLetters.TATWEEL;
  }
}
