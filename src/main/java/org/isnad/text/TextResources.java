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
    ArabicNormalizer normalizer = new ArabicNormalizer(
        ArabicNormalizer.Options.DEFAULT.withKeepTehMarbuta(true));
    return lines(name).stream().map(normalizer::normalizeToString).map(TextResources::tabbed)
        .toList();
  }

  /** Entries normalised with the standard normaliser (ة → ه). */
  static List<String> foldedLines(String name) {
    return lines(name).stream().map(ArabicNormalizer.standard()::normalizeToString).toList();
  }

  /** Splits a tab-separated entry of a bundled file into exactly {@code count} fields. */
  static String[] fields(String name, String line, int count) {
    String[] fields = line.split("\t");
    if (fields.length != count) {
      throw new IllegalStateException("bundled resource " + name + ": expected " + count
          + " tab-separated fields in '" + line + "'");
    }
    return fields;
  }

  /** Keeps a tab between fields even where an editor turned it into spaces. */
  private static String tabbed(String line) {
    return line.replaceAll("[ ]{2,}|\\t", "\t");
  }
}
