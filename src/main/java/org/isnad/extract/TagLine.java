package org.isnad.extract;

import java.util.List;

/**
 * Reads a tag line ("كلمات دلالية: سوريا، لبنان"): the part after the label, split on commas,
 * Arabic commas, pipes, hashes or bullets. A line with no separator is one tag, because
 * multi-word tags ("بشار الأسد") cannot be told apart from single words without a lexicon.
 */
final class TagLine {
  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("[,،|#•;؛]+");

  private TagLine() {}

  static List<String> values(String line) {
    int colon = Math.max(line.indexOf(':'), line.indexOf('：'));
    String value = colon >= 0 ? line.substring(colon + 1) : line.replaceFirst("^\\S+\\s*", "");
    return SEPARATORS.splitAsStream(value).map(String::strip).filter(s -> !s.isEmpty())
        .distinct().toList();
  }

}
