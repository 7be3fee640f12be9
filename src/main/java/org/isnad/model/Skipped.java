package org.isnad.model;

import java.util.Objects;
import java.util.Set;

/**
 * An input path that was met (named by the caller or found by a directory walk) but not read,
 * with why. Every path a run meets ends up either as a {@link Document} or as a skipped entry,
 * never silently dropped.
 *
 * @param path the path as the run met it (the argument, or the argument joined with the walk)
 * @param code a short stable machine code, e.g. {@code hidden}, {@code not-regular-file}
 * @param reason a human sentence saying why the path was not read
 */
public record Skipped(String path, String code, String reason) {
  /**
   * Every code a skipped path can carry: the closed set readers name (the web app has a label
   * for each), so a new reason to skip is a new entry here.
   */
  public static final Set<String> CODES = Set.of("hidden", "not-regular-file", "unreadable",
      "dangling-symlink", "symlink-loop", "already-read", "empty-directory",
      "no-usable-record");

  public Skipped {
    Objects.requireNonNull(path, "path");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("skipped code must not be blank: " + code);
    }
    if (!CODES.contains(code)) {
      throw new IllegalArgumentException("unknown skipped code: " + code);
    }
    Objects.requireNonNull(reason, "reason");
  }
}
