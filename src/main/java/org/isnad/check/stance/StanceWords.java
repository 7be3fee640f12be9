package org.isnad.check.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.ArabicTokenizer;
import org.isnad.text.RuleFile;
import org.isnad.text.Token;

/**
 * The stance classifier's word lists, read once from the rule files next to this class, and the
 * one way it turns text into comparable terms: the engine's tokens, each reduced to its
 * clitic-stripped normalised stem ({@link Token#stem()}), digits as ASCII, Latin in lower case,
 * punctuation dropped. Immutable and thread safe.
 *
 * <ul>
 *   <li>{@code denial-cues.txt}: the text calls a claim false or says it did not happen, less
 *       the phrases of {@code denial-not-cues.txt} that begin with a cue's word and deny nothing
 *       («إشاعة الفوضى», spreading chaos);
 *   <li>{@code doubt-cues.txt}: it reports a claim as hearsay or allegation;
 *   <li>{@code agreement-cues.txt}: it states a thing as done or confirmed;
 *   <li>{@code negation-words.txt}: negation particles;
 *   <li>{@code stop-words.txt}: function words left out of alignment;
 *   <li>{@code suffixes.txt}: endings dropped when two terms are compared ({@link #key}).
 * </ul>
 */
final class StanceWords {
  private static final int KEY_LENGTH = 5;
  static final StanceWords STANDARD = new StanceWords();

  final Cues denial = cues("denial-cues.txt").except(cues("denial-not-cues.txt"));
  final Cues doubt = cues("doubt-cues.txt");
  final Cues agreement = cues("agreement-cues.txt");
  final Set<String> negation = termSet("negation-words.txt");
  final Set<String> stop = termSet("stop-words.txt");
  private final List<String> suffixes = RuleFile.read(StanceWords.class, "suffixes.txt").stream()
      .map(ArabicNormalizer.standard()::normalizeToString).toList();

  private StanceWords() {}

  /** The terms of {@code text}, in order, with the UTF-16 index of each in {@code text}. */
  static Terms terms(String text) {
    return terms(ArabicTokenizer.standard().tokenize(text));
  }

  /** The terms of tokens, with the UTF-16 index of each as the token gives it. */
  static Terms terms(List<Token> tokens) {
    List<String> terms = new ArrayList<>(tokens.size());
    int[] at = new int[tokens.size()];
    for (Token t : tokens) {
      String term = term(t);
      if (term != null) {
        at[terms.size()] = t.start();
        terms.add(term);
      }
    }
    return new Terms(terms.toArray(String[]::new), java.util.Arrays.copyOf(at, terms.size()));
  }

  /** Terms of a text and where each starts (UTF-16 indices). */
  record Terms(String[] terms, int[] starts) {}

  private static String term(Token t) {
    return switch (t.kind()) {
      case ARABIC -> t.stem().isEmpty() ? t.normalized() : t.stem();
      case LATIN -> t.normalized().toLowerCase(java.util.Locale.ROOT);
      case NUMBER -> digits(t.normalized());
      default -> null;
    };
  }

  /** A number's digits in ASCII, separators dropped. */
  private static String digits(String number) {
    StringBuilder out = new StringBuilder(number.length());
    number.codePoints().filter(Character::isDigit)
        .forEach(c -> out.append((char) ('0' + Character.digit(c, 10))));
    return out.length() == 0 ? number : out.toString();
  }

  /** Whether {@code term} is a number. */
  static boolean isNumber(String term) {
    return !term.isEmpty() && term.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** The form two terms are compared in: the term without its longest listed ending. */
  String key(String term) {
    for (String suffix : suffixes) {
      if (term.length() - suffix.length() >= 3 && term.endsWith(suffix)) {
        return prefix(term.substring(0, term.length() - suffix.length()));
      }
    }
    return prefix(term);
  }

  /** A long word's first {@link #KEY_LENGTH} letters (a light stem: plurals, derivations). */
  private static String prefix(String term) {
    return term.length() > KEY_LENGTH && !isNumber(term) ? term.substring(0, KEY_LENGTH) : term;
  }

  private static Set<String> termSet(String file) {
    Set<String> set = new HashSet<>();
    for (String line : RuleFile.read(StanceWords.class, file)) {
      set.addAll(List.of(terms(line).terms()));
    }
    return Set.copyOf(set);
  }

  private static Cues cues(String file) {
    return new Cues(RuleFile.read(StanceWords.class, file).stream()
        .map(line -> terms(line).terms()).filter(t -> t.length > 0).toList());
  }

  /**
   * Phrases of a cue list, found in a sentence's terms, less the phrases that begin with a cue's
   * word but are not cues ({@link #except}).
   */
  static final class Cues {
    private final Map<String, List<String[]>> byFirst = new HashMap<>();
    private final List<String[]> phrases;
    private final Cues not;

    Cues(List<String[]> phrases) {
      this(phrases, null);
    }

    private Cues(List<String[]> phrases, Cues not) {
      for (String[] phrase : phrases) {
        byFirst.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(phrase);
      }
      this.not = not;
      this.phrases = List.copyOf(phrases);
    }

    /** These cues, except where one of {@code not}'s phrases starts. */
    Cues except(Cues not) {
      return new Cues(phrases, not);
    }

    /** The index of each term of {@code terms} that starts a cue phrase, in order. */
    List<Integer> find(String[] terms) {
      List<Integer> found = new ArrayList<>(2);
      for (int i = 0; i < terms.length; i++) {
        if (startsAny(terms, i) && (not == null || !not.startsAny(terms, i))) {
          found.add(i);
        }
      }
      return found;
    }

    private boolean startsAny(String[] terms, int at) {
      List<String[]> phrases = byFirst.get(terms[at]);
      if (phrases != null) {
        for (String[] phrase : phrases) {
          if (startsAt(terms, at, phrase)) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean startsAt(String[] terms, int at, String[] phrase) {
      if (at + phrase.length > terms.length) {
        return false;
      }
      for (int k = 1; k < phrase.length; k++) {
        if (!terms[at + k].equals(phrase[k])) {
          return false;
        }
      }
      return true;
    }
  }
}
