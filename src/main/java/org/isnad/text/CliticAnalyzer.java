package org.isnad.text;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a normalised Arabic word into proclitics, stem and enclitic. The rules and word lists
 * live in {@code proclitics.txt}, {@code enclitics.txt} and {@code unsplittable.txt}; conditions
 * keep names whole ("بشار", "بغداد", "لبنان" stay) while "لبشار" gives ل + بشار and
 * "والسيطرة" gives وال + سيطرة. Works on text normalised with teh marbuta kept, so a final ة is
 * never mistaken for the pronoun ه. Immutable and thread safe.
 */
final class CliticAnalyzer {
  /** proclitics, stem, enclitic. */
  record Parts(String proclitics, String stem, String enclitic) {}

  private record Rule(String clitic, String condition, int minStem) {}

  private static final class Holder {
    static final CliticAnalyzer BUNDLED = new CliticAnalyzer();
  }

  private static final int MIN_STEM = 2;
  private static final int MIN_WORD_STEM = 3;
  private final List<Rule> proclitics;
  private final List<Rule> enclitics;
  private final Set<String> unsplittable;

  private CliticAnalyzer() {
    this.unsplittable = new HashSet<>(TextResources.normalisedLines("unsplittable.txt"));
    this.proclitics = rules("proclitics.txt");
    this.enclitics = rules("enclitics.txt");
  }

  static CliticAnalyzer bundled() {
    return Holder.BUNDLED;
  }

  private static List<Rule> rules(String name) {
    return TextResources.normalisedLines(name).stream()
        .map(line -> line.split("\t"))
        .map(p -> new Rule(p[0], p.length > 1 ? p[1] : "none",
            p.length > 1 && p[1].chars().allMatch(Character::isDigit) ? Integer.parseInt(p[1]) : 0))
        .sorted(Comparator.comparingInt((Rule r) -> r.clitic().length()).reversed())
        .toList();
  }

  Parts analyze(String word) {
    if (unsplittable.contains(word)) {
      return new Parts("", word, "");
    }
    String prefix = "";
    String rest = word;
    for (Rule rule : proclitics) {
      if (rest.startsWith(rule.clitic()) && prefixApplies(rule, rest.substring(rule.clitic().length()))) {
        prefix = rule.clitic();
        rest = rest.substring(rule.clitic().length());
        break;
      }
    }
    return withEnclitic(prefix, rest);
  }

  private boolean prefixApplies(Rule rule, String rest) {
    if (rest.length() < MIN_STEM) {
      return false;
    }
    return switch (rule.condition()) {
      case "article" -> rest.startsWith("ال") && rest.length() > MIN_WORD_STEM;
      case "word" -> rest.length() >= MIN_WORD_STEM;
      case "known" -> unsplittable.contains(rest) || rest.startsWith("ال") && rest.length() > 3;
      default -> true;
    };
  }

  private Parts withEnclitic(String prefix, String rest) {
    if (prefix.endsWith("ال") || prefix.equals("لل") || unsplittable.contains(rest)) {
      return new Parts(prefix, rest, "");
    }
    for (Rule rule : enclitics) {
      if (rest.endsWith(rule.clitic()) && rest.length() - rule.clitic().length() >= rule.minStem()) {
        return new Parts(prefix, rest.substring(0, rest.length() - rule.clitic().length()),
            rule.clitic());
      }
    }
    return new Parts(prefix, rest, "");
  }
}
