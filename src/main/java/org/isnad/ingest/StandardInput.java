package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard input, told apart from a closed one. A process started with file
 * descriptor 0 closed ({@code isnad analyze - <&-}) does not see an error when it reads
 * {@link System#in}: the JVM reuses descriptor 0 for the first file it opens itself (its own
 * {@code lib/modules}), so the run would read the JVM's files as a page. On Linux,
 * {@code /proc/self/fd/0} names what descriptor 0 is; when that is a file of the running JVM
 * (under {@code java.home}) or of its class path, standard input was closed and reading it fails
 * with an {@link IOException} saying so.
 *
 * <p>Thread safe.
 */
final class StandardInput {
  private static final Path DESCRIPTOR_0 = Path.of("/proc/self/fd/0");

  private StandardInput() {}

  /** {@link System#in}, or a stream that fails on read when standard input is closed. */
  static InputStream open() {
    return isClosed(target(DESCRIPTOR_0), System.getProperty("java.home"),
        System.getProperty("java.class.path")) ? new Closed() : System.in;
  }

  /**
   * Whether a descriptor 0 that points at {@code target} means standard input was closed: the
   * target is inside {@code javaHome} or is an entry of {@code classPath}.
   */
  static boolean isClosed(Path target, String javaHome, String classPath) {
    if (target == null || !target.isAbsolute()) {
      return false;
    }
    if (javaHome != null && !javaHome.isBlank() && target.startsWith(real(Path.of(javaHome)))) {
      return true;
    }
    if (classPath == null || classPath.isBlank()) {
      return false;
    }
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank() && target.equals(real(Path.of(entry)))) {
        return true;
      }
    }
    return false;
  }

  private static Path target(Path descriptor) {
    try {
      return Files.isSymbolicLink(descriptor) ? Files.readSymbolicLink(descriptor) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException | RuntimeException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /** Standard input that was closed when the process started. */
  private static final class Closed extends InputStream {
    @Override
    public int read() throws IOException {
      throw new IOException("standard input is closed (the process was started without it)");
    }
  }
}
