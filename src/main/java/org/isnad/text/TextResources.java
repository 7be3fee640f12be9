package org.isnad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the text layer's bundled rule files: UTF-8, one entry a line, {@code #} comments. */
final class TextResources {
  private TextResources() {}

  static List<String> lines(String name) {
    InputStream in = TextResources.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource org/isnad/text/" + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + name, e);
    }
    return lines;
  }

  /** Entries normalised with the standard normaliser, teh marbuta kept as written. */
  static List<String> normalisedLines(String name) {
    ArabicNormalizer normalizer = new ArabicNormalizer(new ArabicNormalizer.Options(true));
    return lines(name).stream().map(normalizer::normalizeToString).toList();
  }
}
