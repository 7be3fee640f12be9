package org.isnad.text;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.IMPERFECT_PREFIXES;
import static org.isnad.text.GrammarWords.LI_ARTICLE;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Splits a normalised Arabic word into proclitics, stem and enclitic (a light, dictionary-guided
 * segmentation, not a morphological analysis). Rules:
 * <ul>
 *   <li>a word listed in {@code unsplittable.txt} or {@code known-stems.txt} stays whole
 *       ("بشار", "بغداد", "لبنان", "وزير"), and a listed word with one pronoun after it or one
 *       of و ف ب ل ك before it is split there ("وجودها" = وجود + ها, "والتي" = و + التي);
 *   <li>the longest proclitic sequence of {@code proclitics.txt} whose condition holds is split
 *       off: the article and its combinations (ال، وال، بال، لل، وبال…) before a rest of two
 *       letters or more, و before any rest of two letters or more, the future وس/فس before an
 *       imperfect verb, and a bare ب ل ك ف only before a known stem ("لبشار" = ل + بشار);
 *   <li>then the longest attached pronoun of {@code enclitics.txt} whose minimum stem length holds
 *       is split off, except after the article (a word cannot have both).
 * </ul>
 * Works on text normalised with teh marbuta and alef hamza kept ({@code ArabicNormalizer.Options}),
 * so a final ة is never mistaken for the pronoun ه and a written hamza tells إلغاء and ألمح from
 * the article; list lookups use the standard normalisation. Immutable and thread safe.
 */
final class CliticAnalyzer {
  /** proclitics, stem and enclitic, in the form given to {@link #analyze}. */
  record Parts(String proclitics, String stem, String enclitic) {}

  private enum Condition { NONE, WORD, KNOWN, FUTURE }

  private record Proclitic(String clitic, Condition condition) {}

  private record Enclitic(String pronoun, int minStem) {}

  private static final class Holder {
    static final CliticAnalyzer BUNDLED = new CliticAnalyzer();
  }

  private static final int MIN_STEM = 2;
  private static final int MIN_ARTICLE_STEM = 2;
  private static final int MIN_VERB_STEM = 3;
  private final List<Proclitic> proclitics;
  private final List<Enclitic> enclitics;
  private final Set<String> unsplittable;
  private final Set<String> known;
  private final List<String> notFuture;

  private CliticAnalyzer() {
    this.unsplittable = Set.copyOf(TextResources.foldedLines("unsplittable.txt"));
    this.known = Set.copyOf(TextResources.foldedLines("known-stems.txt"));
    this.notFuture = TextResources.foldedLines("not-future.txt");
    this.proclitics = TextResources.normalisedLines("proclitics.txt").stream()
        .map(line -> TextResources.fields("proclitics.txt", line, 2))
        .map(p -> new Proclitic(p[0], Condition.valueOf(p[1].strip().toUpperCase(
            java.util.Locale.ROOT))))
        .sorted(Comparator.comparingInt((Proclitic p) -> p.clitic().length()).reversed())
        .toList();
    this.enclitics = TextResources.normalisedLines("enclitics.txt").stream()
        .map(line -> TextResources.fields("enclitics.txt", line, 2))
        .map(p -> new Enclitic(p[0], Integer.parseInt(p[1].strip())))
        .sorted(Comparator.comparingInt((Enclitic e) -> e.pronoun().length()).reversed())
        .toList();
  }

  static CliticAnalyzer bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Analyses one word normalised with teh marbuta and alef hamza kept; never null, never throws
   * on content.
   */
  Parts analyze(String word) {
    if (word.length() < MIN_STEM || isWhole(word)) {
      return new Parts("", word, "");
    }
    Parts listed = listedWithOneClitic(word);
    if (listed != null) {
      return listed;
    }
    for (Proclitic proclitic : proclitics) {
      String clitic = proclitic.clitic();
      if (word.startsWith(clitic) && applies(proclitic, word, word.substring(clitic.length()))) {
        return withEnclitic(clitic, word.substring(clitic.length()));
      }
    }
    return withEnclitic("", word);
  }

  /**
   * A listed word with one pronoun after it ("وجودها" = وجود + ها) or one conjunction or
   * preposition before it ("والتي" = و + التي, "وبعد" = و + بعد), or null.
   */
  private Parts listedWithOneClitic(String word) {
    for (Enclitic enclitic : enclitics) {
      int cut = word.length() - enclitic.pronoun().length();
      if (cut >= MIN_STEM && word.endsWith(enclitic.pronoun()) && isWhole(word.substring(0, cut))) {
        return new Parts("", word.substring(0, cut), enclitic.pronoun());
      }
    }
    String rest = word.substring(1);
    if (Proclitics.letters().indexOf(word.charAt(0)) >= 0 && rest.length() >= MIN_STEM
        && isWhole(rest)) {
      return new Parts(word.substring(0, 1), rest, "");
    }
    return null;
  }

  /** Whether {@code word} is listed as a whole word or a known stem. */
  boolean isWhole(String word) {
    String folded = fold(word);
    return unsplittable.contains(folded) || known.contains(folded);
  }

  private boolean applies(Proclitic proclitic, String word, String rest) {
    if (rest.length() < MIN_STEM) {
      return false;
    }
    return switch (proclitic.condition()) {
      case NONE, WORD -> true;
      case KNOWN -> known.contains(fold(rest))
          || rest.startsWith(ARTICLE) && rest.length() >= 2 + MIN_ARTICLE_STEM;
      case FUTURE -> isImperfect(word.substring(proclitic.clitic().length() - 1), rest);
    };
  }

  private boolean isImperfect(String withSin, String rest) {
    if (rest.length() < MIN_VERB_STEM || IMPERFECT_PREFIXES.indexOf(rest.charAt(0)) < 0) {
      return false;
    }
    String folded = fold(withSin);
    for (String noun : notFuture) {
      if (folded.startsWith(noun)) {
        return false;
      }
    }
    return true;
  }

  private Parts withEnclitic(String prefix, String rest) {
    if (prefix.endsWith(ARTICLE) || prefix.endsWith(LI_ARTICLE) || isWhole(rest)) {
      return new Parts(prefix, rest, "");
    }
    for (Enclitic enclitic : enclitics) {
      String pronoun = enclitic.pronoun();
      if (rest.endsWith(pronoun) && rest.length() - pronoun.length() >= enclitic.minStem()) {
        return new Parts(prefix, rest.substring(0, rest.length() - pronoun.length()), pronoun);
      }
    }
    return new Parts(prefix, rest, "");
  }

  private static String fold(String word) {
    return ArabicNormalizer.standard().normalizeToString(word);
  }
}
