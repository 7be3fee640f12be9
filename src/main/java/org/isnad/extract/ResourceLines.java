package org.isnad.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a bundled UTF-8 rule file: one entry a line, blank lines and {@code #} comments skipped. */
final class ResourceLines {
  private ResourceLines() {}

  static List<String> read(String name) {
    InputStream in = ResourceLines.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource org/isnad/extract/" + name);
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
}
