package org.isnad.store.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.text.RuleFile;

/**
 * The other forms under which the search index files an indexed word, so that a query for the
 * bare word finds it with clitics attached. Rules, on a word already normalised by
 * {@link LetterFold#normalize}:
 * <ul>
 *   <li>each proclitic sequence of {@code proclitics.txt} the word starts with is removed (or
 *       replaced: لل → ال) when the letters its line asks for remain (three, five after a bare
 *       ب ل ك ف) or the rest is a known stem of the engine ({@code known-stems.txt}) of four
 *       letters or more:
 *       «بالأسد» is also filed as الاسد, «لبوتين» as بوتين, «لعباس» as عباس, «فاسدة» only as
 *       فاسده;
 *   <li>for the stemmed field, the longest attached pronoun of {@code enclitics.txt} is removed
 *       from the word and from each of those forms when its minimum stem is left, and a stem
 *       then ending in ت is also filed with ه: «حكومتهم» as حكومت and حكومه;
 *   <li>a word listed whole by the engine ({@code org/isnad/text/unsplittable.txt} and
 *       {@code known-stems.txt}: وزير، بشار، لبنان) loses no proclitic.
 * </ul>
 * Variants are only ever added at index time, never to a query, so a query word means what it
 * says; the cost is that a query for a short word may also find it as the tail of a longer
 * word (وتين in بوتين). Immutable and thread safe.
 */
final class CliticVariants {
  private static final char TEH = '\u062A';
  /** No rule leaves fewer letters than this; shorter words have no variants. */
  private static final int MIN_LETTERS = 3;
  /**
   * A known stem frees a bare clitic from its length rule only from four letters on: the
   * three-letter ones are also the tails of common words (اسد in فاسد، كاسد).
   */
  private static final int MIN_KNOWN = 4;
  private static final CliticVariants BUNDLED = new CliticVariants();

  private record Proclitic(String sequence, int minRest, String replacement) {}

  private record Enclitic(String pronoun, int minStem) {}

  private final List<Proclitic> proclitics;
  private final List<Enclitic> enclitics;
  private final Set<String> whole;
  /** The engine's known stems: names and words a bare clitic may precede, whatever length. */
  private final Set<String> known;
  /** The first letter of every proclitic sequence and the last of every pronoun. */
  private final String firsts;
  private final String lasts;

  private CliticVariants() {
    proclitics = RuleFile.read(CliticVariants.class, "proclitics.txt").stream()
        .map(line -> line.split("\t"))
        .map(f -> new Proclitic(f[0].strip(), Integer.parseInt(f[1].strip()),
            f.length > 2 ? f[2].strip() : ""))
        .toList();
    enclitics = RuleFile.read(CliticVariants.class, "enclitics.txt").stream()
        .map(line -> line.split("\t"))
        .map(f -> new Enclitic(f[0].strip(), Integer.parseInt(f[1].strip())))
        .sorted(Comparator.comparingInt((Enclitic e) -> e.pronoun().length()).reversed())
        .toList();
    known = normalized("known-stems.txt");
    Set<String> listed = new HashSet<>(known);
    listed.addAll(normalized("unsplittable.txt"));
    whole = Set.copyOf(listed);
    firsts = letters(proclitics.stream().map(p -> p.sequence().charAt(0)).toList());
    lasts = letters(enclitics.stream()
        .map(e -> e.pronoun().charAt(e.pronoun().length() - 1)).toList());
  }

  private static Set<String> normalized(String textRuleFile) {
    Set<String> words = new HashSet<>();
    RuleFile.read(RuleFile.class, textRuleFile).forEach(w -> words.add(LetterFold.normalize(w)));
    return Set.copyOf(words);
  }

  private static String letters(List<Character> letters) {
    StringBuilder distinct = new StringBuilder();
    letters.stream().distinct().forEach(distinct::append);
    return distinct.toString();
  }

  static CliticVariants bundled() {
    return BUNDLED;
  }

  /**
   * The forms {@code word} is also filed under, without {@code word} itself, in a fixed order;
   * with {@code pronouns}, also without an attached pronoun.
   */
  List<String> of(String word, boolean pronouns) {
    if (word.length() <= MIN_LETTERS || !mayHaveClitic(word, pronouns)) {
      return List.of();
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(word);
    if (!whole.contains(word)) {
      for (Proclitic p : proclitics) {
        int rest = word.length() - p.sequence().length();
        if (word.startsWith(p.sequence()) && (rest >= p.minRest()
            || rest >= MIN_KNOWN && known.contains(word.substring(p.sequence().length())))) {
          forms.add(p.replacement() + word.substring(p.sequence().length()));
        }
      }
    }
    if (pronouns) {
      for (String form : new ArrayList<>(forms)) {
        withoutPronoun(form, forms);
      }
    }
    forms.remove(word);
    return List.copyOf(forms);
  }

  /** A cheap first look: whether the word starts or (with pronouns) ends like a clitic. */
  private boolean mayHaveClitic(String word, boolean pronouns) {
    return firsts.indexOf(word.charAt(0)) >= 0
        || pronouns && lasts.indexOf(word.charAt(word.length() - 1)) >= 0;
  }

  private void withoutPronoun(String form, Set<String> forms) {
    if (whole.contains(form)) {
      return;
    }
    for (Enclitic e : enclitics) {
      int stem = form.length() - e.pronoun().length();
      if (form.endsWith(e.pronoun()) && stem >= e.minStem()) {
        String rest = form.substring(0, stem);
        forms.add(rest);
        if (rest.charAt(stem - 1) == TEH) {
          forms.add(rest.substring(0, stem - 1) + LetterFold.HEH);
        }
        return;
      }
    }
  }
}
