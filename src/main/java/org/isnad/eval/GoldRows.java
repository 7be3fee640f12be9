package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The row loop shared by the gold files: UTF-8 lines, tab separated fields, blank lines and
 * {@code #} comments skipped. A row the reader rejects (an {@link IllegalArgumentException},
 * including a bad number) is reported with the file, its line number and the line.
 */
public final class GoldRows {
  private GoldRows() {}

  /**
   * Hands every row of {@code file} to {@code reader}, as its fields (trailing empty fields kept).
   *
   * @throws IllegalArgumentException {@code file:line: reason: row} for a row the reader rejects
   */
  public static void read(Path file, Consumer<String[]> reader) throws IOException {
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        reader.accept(line.split("\t", -1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage() + ": "
            + line, e);
      }
    }
  }
}
