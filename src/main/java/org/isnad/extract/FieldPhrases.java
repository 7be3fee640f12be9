package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Phrase lists for lines kept as article fields: source and byline prefixes
 * ({@code line-prefixes.txt}), author-box biographies ({@code author-bio.txt}), team bylines
 * ({@code generic-bylines.txt}) and news agencies ({@code agencies.txt}). Loaded once; immutable.
 */
final class FieldPhrases {
  private static final class Holder {
    static final FieldPhrases BUNDLED = new FieldPhrases();
  }

  private final List<String> sourcePrefixes = new ArrayList<>();
  private final List<String> bylinePrefixes = new ArrayList<>();
  private final List<String> bioStarts = normalised(ResourceLines.read("author-bio.txt"));
  private final List<String> teamBylines = normalised(ResourceLines.read("generic-bylines.txt"));
  private final List<String> agencies = normalised(ResourceLines.read("agencies.txt"));

  private FieldPhrases() {
    for (String entry : ResourceLines.read("line-prefixes.txt")) {
      String[] parts = entry.split("\t", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("line-prefixes.txt: expected field<TAB>prefix: " + entry);
      }
      (parts[0].equals("source") ? sourcePrefixes : bylinePrefixes).add(MatchText.of(parts[1]));
    }
  }

  static FieldPhrases bundled() {
    return Holder.BUNDLED;
  }

  private static List<String> normalised(List<String> entries) {
    return entries.stream().map(MatchText::of).toList();
  }

  /** The value after a source prefix ("المصدر: X" gives X), or {@code null}. */
  String sourceValue(Line line) {
    return valueAfter(line, sourcePrefixes);
  }

  /** The value after a byline prefix ("بقلم: X" gives X), or {@code null}. */
  String bylineValue(Line line) {
    return valueAfter(line, bylinePrefixes);
  }

  boolean isBiography(Line line) {
    return bioStarts.stream().anyMatch(line.match()::startsWith);
  }

  /** The whole line is a team credit, or ends with one after a dash ("الموقع – فريق التحرير"). */
  boolean isTeamByline(String text) {
    String match = MatchText.of(text);
    return teamBylines.stream().anyMatch(team -> match.equals(team)
        || match.matches(".{1,40}\\s[–—-]\\s" + java.util.regex.Pattern.quote(team)));
  }

  boolean isAgency(String name) {
    String match = MatchText.of(name);
    return agencies.stream().anyMatch(match::equals);
  }

  private static String valueAfter(Line line, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (line.match().startsWith(prefix) && line.match().length() > prefix.length()
          && !Character.isLetter(line.match().charAt(prefix.length()))) {
        String value = cutPrefix(line.text(), prefix.length());
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  /**
   * The original text after a prefix whose normalised length is known: walks the original text
   * until as many normalised characters have passed, then trims separators.
   */
  private static String cutPrefix(String text, int normalisedLength) {
    for (int i = 0; i <= text.length(); i++) {
      if (MatchText.of(text.substring(0, i)).length() >= normalisedLength) {
        return strip(text.substring(i));
      }
    }
    return "";
  }

  static String strip(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && (Character.isWhitespace(value.charAt(start))
        || ":：-–—".indexOf(value.charAt(start)) >= 0)) {
      start++;
    }
    while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }
}
