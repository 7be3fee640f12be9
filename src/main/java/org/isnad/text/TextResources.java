package org.isnad.text;

import java.util.List;

/** The text layer's rule files, read with {@link RuleFile}. */
final class TextResources {
  private TextResources() {}

  static List<String> lines(String name) {
    return RuleFile.read(TextResources.class, name);
  }

  /** Entries normalised with the standard normaliser, teh marbuta kept as written. */
  static List<String> normalisedLines(String name) {
    ArabicNormalizer normalizer = new ArabicNormalizer(new ArabicNormalizer.Options(true));
    return lines(name).stream().map(normalizer::normalizeToString).toList();
  }
}
