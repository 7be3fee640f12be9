package org.isnad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bundled language-rule file: UTF-8, one entry a line, blank lines and lines starting
 * with {@code #} skipped, entries stripped of surrounding space. Every stage's rule files
 * (month names, boilerplate phrases, clitics …) are read through here.
 */
public final class RuleFile {
  private RuleFile() {}

  /**
   * The entries of resource {@code name}, resolved next to {@code owner}'s package.
   *
   * @throws IllegalStateException when the file is missing from the build (a packaging bug)
   */
  public static List<String> read(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing bundled rule file " + name + " next to "
          + owner.getName());
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
      throw new UncheckedIOException("cannot read bundled rule file " + name, e);
    }
    return lines;
  }
}
