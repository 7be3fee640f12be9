package org.isnad.extract;

import static org.isnad.text.GrammarWords.ARTICLE;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the headline among the headline-shaped lines that precede an article's body. A page may
 * open with headlines of other stories (a ticker) before the article's own: the title is the
 * candidate sharing the most words with the body's first paragraphs; on a tie, the one nearest
 * the body.
 */
final class TitleChooser {
  private static final int MIN_WORD_LENGTH = 3;

  private TitleChooser() {}

  /** Index in {@code candidates} of the title, or -1 when there are none. */
  static int choose(List<Line> candidates, List<Line> bodyStart) {
    Set<String> bodyWords = words(bodyStart);
    int best = -1;
    double bestScore = -1;
    for (int i = 0; i < candidates.size(); i++) {
      double score = overlap(candidates.get(i), bodyWords);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  private static double overlap(Line candidate, Set<String> bodyWords) {
    Set<String> words = words(List.of(candidate));
    if (words.isEmpty()) {
      return 0;
    }
    long shared = words.stream().filter(bodyWords::contains).count();
    return shared / (double) words.size();
  }

  private static Set<String> words(List<Line> lines) {
    Set<String> words = new HashSet<>();
    for (Line line : lines) {
      for (String word : line.match().split("[^\\p{L}\\p{N}]+")) {
        String stem = word.startsWith(ARTICLE) && word.length() > 4 ? word.substring(2) : word;
        if (stem.length() >= MIN_WORD_LENGTH) {
          words.add(stem);
        }
      }
    }
    return words;
  }
}
