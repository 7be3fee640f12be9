package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses, before any analysis, outputs that would fail or destroy something, each with one
 * {@link IllegalArgumentException} naming the paths (exit code 2):
 *
 * <ul>
 *   <li>more than one output to standard output ({@code -});
 *   <li>an output that is a directory, whose nearest existing parent is not a directory or not
 *       writable (checked by creating and removing a probe file there), or that is read-only;
 *   <li>two outputs that are one file ({@code --html} equal to {@code -o});
 *   <li>an output that is one of the input files: given by name, or read from an input directory
 *       (an existing, non-hidden file under it). A new file inside an input directory is fine.
 * </ul>
 *
 * Paths are compared as real paths (normalised, symbolic links followed where the file exists).
 */
final class OutputCheck {
  private OutputCheck() {}

  static void refuse(List<String> inputs, List<Target> targets) {
    List<Target> stdout = targets.stream().filter(Target::stdout).toList();
    if (stdout.size() > 1) {
      throw new IllegalArgumentException("only one output can be standard output (-): "
          + String.join(", ", stdout.stream().map(Target::toString).toList()));
    }
    List<Target> files = targets.stream().filter(t -> !t.stdout()).toList();
    List<Path> real = new ArrayList<>();
    for (Target target : files) {
      Path path = target.path();
      writable(target, path);
      Path key = realPath(path);
      int same = real.indexOf(key);
      if (same >= 0) {
        throw new IllegalArgumentException(target + " is the same file as " + files.get(same)
            + ": give each output its own file");
      }
      real.add(key);
      notAnInput(target, path, inputs);
    }
  }

  private static void writable(Target target, Path path) {
    if (Files.isDirectory(path)) {
      throw new IllegalArgumentException("cannot write " + target + ": it is a directory");
    }
    Path dir = existingParent(path);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("cannot write " + target + ": " + dir
          + " is not a directory");
    }
    if (Files.exists(path) && !Files.isWritable(path)) {
      throw new IllegalArgumentException("cannot write " + target + ": the file is read-only");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      return;  // a device or a pipe is written into, not replaced: nothing to create beside it
    }
    try {
      Files.delete(Files.createTempFile(dir, ".isnad-probe", ".tmp"));
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      throw new IllegalArgumentException("cannot write " + target + ": directory " + dir
          + " is not writable (" + Failure.describe(e) + ")");
    }
  }

  /** The closest of {@code path}'s parents (or the working directory) that exists. */
  private static Path existingParent(Path path) {
    Path dir = path.toAbsolutePath().normalize().getParent();
    while (dir != null && !Files.exists(dir)) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("").toAbsolutePath() : dir;
  }

  /** The real path of {@code path}, or of its closest existing parent plus the rest. */
  static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  private static void notAnInput(Target target, Path path, List<String> inputs) {
    if (!Files.isRegularFile(path)) {
      return;  // a file that does not exist yet is no input
    }
    for (String input : inputs) {
      if (input == null || input.equals("-")) {
        continue;
      }
      Path in = Path.of(input);
      if (Files.isDirectory(in) ? readFrom(in, path) : sameFile(in, path)) {
        throw new IllegalArgumentException(target + " would overwrite the input "
            + (Files.isDirectory(in) ? "file " + path + " of directory " + input : input)
            + ": write the output elsewhere");
      }
    }
  }

  /** True when reading directory {@code dir} as an input would read {@code file}. */
  private static boolean readFrom(Path dir, Path file) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(p -> !hidden(dir, p))
          .anyMatch(p -> sameFile(p, file));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;  // the ingest reports an unreadable directory itself
    }
  }

  /** The ingest skips files whose path under the input directory has a part starting with ".". */
  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
