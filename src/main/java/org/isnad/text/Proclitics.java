package org.isnad.text;

import java.util.List;

/**
 * The one-letter proclitics of {@code one-letter-proclitics.txt} (و ف ب ل ك), the single list
 * every stage uses to strip a glued proclitic before a word lookup. Immutable and thread safe.
 */
public final class Proclitics {
  private static final String LETTERS = load();

  private Proclitics() {}

  /** The proclitic letters as one string, for {@code indexOf} tests. */
  public static String letters() {
    return LETTERS;
  }

  /** Whether {@code c} is a one-letter proclitic. */
  public static boolean isProclitic(char c) {
    return LETTERS.indexOf(c) >= 0;
  }

  private static String load() {
    List<String> lines = RuleFile.read(Proclitics.class, "one-letter-proclitics.txt");
    StringBuilder letters = new StringBuilder();
    for (String line : lines) {
      if (line.length() != 1) {
        throw new IllegalStateException("one-letter-proclitics.txt: not one letter: " + line);
      }
      letters.append(line);
    }
    return letters.toString();
  }
}
