package org.isnad.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * One output the user asked for: the option that named it ({@code -o}, {@code --html}, …) and
 * its value, a file path or {@code -} for standard output.
 */
record Target(String option, String value) {
  /** The value that means standard output. */
  static final String STDOUT = "-";

  Target {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(option + " needs a file name or - for standard output: '"
          + value + "'");
    }
  }

  boolean stdout() {
    return STDOUT.equals(value);
  }

  /** The file; only for a target that is not standard output. */
  Path path() {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("not a valid path for " + option + ": '" + value + "' ("
          + e.getReason() + ")");
    }
  }

  /** How messages name it, e.g. {@code --html out/a.html}. */
  @Override
  public String toString() {
    return option + " " + value;
  }
}
