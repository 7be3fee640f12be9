package org.isnad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Names the code that is running, so that a result kept by other code is never taken for its
 * own: from a jar, a digest of every entry's name, size and CRC-32 (read from the jar's central
 * directory, not its contents: a changed class or rule file changes its CRC); from a folder of
 * classes (development, tests), a digest of every file's path, size and modification time.
 *
 * <p>Design decision: the project's version string cannot name the code (every build of
 * {@code 0.1.0-SNAPSHOT} shares it, and the jar's manifest carries none), and a store kept event
 * passes of an older build that way. Computed once per process.
 */
final class CodeDigest {
  private static volatile String digest;

  private CodeDigest() {
  }

  /** The digest of the code {@code Isnad} was loaded from, or "unknown" when it cannot be read. */
  static String ofEngine() {
    String d = digest;
    if (d == null) {
      d = compute();
      digest = d;
    }
    return d;
  }

  private static String compute() {
    try {
      return of(Path.of(Isnad.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // no code source (an unusual class loader): every result is then computed afresh
      return "unknown " + System.nanoTime();
    }
  }

  /** The digest of the jar or folder of classes at {@code where}. */
  static String of(Path where) throws IOException {
    try {
      List<String> lines = Files.isDirectory(where) ? folder(where) : jar(where);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  private static List<String> jar(Path jar) throws IOException {
    List<String> lines = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        lines.add(e.getName() + " " + e.getSize() + " " + e.getCrc());
      }
    }
    Collections.sort(lines);
    return lines;
  }

  private static List<String> folder(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        lines.add(folder.relativize(f) + " " + Files.size(f) + " "
            + Files.getLastModifiedTime(f).toMillis());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Collections.sort(lines);
    return lines;
  }
}
