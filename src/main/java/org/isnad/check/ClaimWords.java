package org.isnad.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.ArabicTokenizer;
import org.isnad.text.RuleFile;
import org.isnad.text.Token;

/**
 * The content words of a claim or an article: Arabic words normalised with their clitics
 * stripped ({@link Token#stem()}: "وبدمشق" = "دمشق"), words in other scripts lower-cased and
 * numbers as written; stop words (the timeline's {@code stop-words.txt}, compared normalised)
 * and stems shorter than {@value #MIN_STEM} letters left out. Immutable and thread safe.
 *
 * @param stems the distinct content stems, in text order
 * @param written the same words as written (what a search index reads), in text order
 */
public record ClaimWords(List<String> stems, List<String> written) {
  /** Stems shorter than this say nothing of a claim's matter ("من" is a stop word anyway). */
  static final int MIN_STEM = 2;
  private static final Set<String> STOP = stopWords();

  public ClaimWords {
    stems = List.copyOf(stems);
    written = List.copyOf(written);
  }

  /** The content words of {@code text}. */
  public static ClaimWords of(String text) {
    Set<String> stems = new LinkedHashSet<>();
    List<String> written = new ArrayList<>();
    for (Token t : ArabicTokenizer.standard().tokenize(text)) {
      String stem = stemOf(t);
      if (stem != null && stems.add(stem)) {
        written.add(t.text());
      }
    }
    return new ClaimWords(new ArrayList<>(stems), written);
  }

  /** How many of these stems {@code other} holds. */
  public int shared(Set<String> other) {
    return (int) stems.stream().filter(other::contains).count();
  }

  /** The stem of a content token, or {@code null} for a stop word, mark or short stem. */
  static String stemOf(Token t) {
    return switch (t.kind()) {
      case ARABIC -> t.stem().length() < MIN_STEM || STOP.contains(t.normalized())
          || STOP.contains(t.stem()) ? null : t.stem();
      case LATIN -> t.stem().length() < MIN_STEM ? null
          : t.stem().toLowerCase(java.util.Locale.ROOT);
      case NUMBER -> t.normalized();
      default -> null;
    };
  }

  /** Every content stem of {@code text}, as a set. */
  static Set<String> stemSet(String text) {
    Set<String> all = new java.util.HashSet<>();
    for (Token t : ArabicTokenizer.standard().tokenize(text)) {
      String stem = stemOf(t);
      if (stem != null) {
        all.add(stem);
      }
    }
    return all;
  }

  private static Set<String> stopWords() {
    Set<String> all = new java.util.HashSet<>();
    for (String w : RuleFile.read(org.isnad.timeline.TimelineBuilder.class, "stop-words.txt")) {
      all.add(ArabicNormalizer.standard().normalizeToString(w));
    }
    return Set.copyOf(all);
  }
}
