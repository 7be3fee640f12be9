package org.isnad.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all or nothing: the content goes to a hidden temporary file beside the target
 * ({@code .NAME.RANDOM.isnad-tmp}, same directory so the move stays on one file system), is
 * forced to disk, then moved over the target with {@code ATOMIC_MOVE} (plain
 * {@code REPLACE_EXISTING} where the file system cannot move atomically). A failure while writing
 * (full disk, a writer's exception, an error) removes the temporary file and leaves the previous
 * target as it was; readers never see a half-written file, and of two runs writing one target
 * the last to finish wins whole. Only a killed process can leave a temporary file behind, never a
 * broken target; the temporary name is hidden, so a later run reading the directory skips it.
 * Stateless.
 */
public final class AtomicFile {
  private static final String SUFFIX = ".isnad-tmp";
  /** Characters of the target's name kept in the temporary name (file names end at 255 bytes). */
  private static final int MAX_STEM = 50;

  private AtomicFile() {}

  /** What writes the content; must not close {@code out}. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target}, creating missing parent directories. A symbolic
   * link is followed (the file it names is replaced, the link kept); an existing target that is
   * no regular file (a device such as {@code /dev/stdout}, a pipe) is written straight into,
   * since it cannot be replaced.
   */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, new FileAttribute<?>[0]);
  }

  /**
   * As {@link #write(Path, Content)}, readable and writable by its owner only (rights 600) on a
   * POSIX file system from the first byte on (the temporary file is made so): for a secret such
   * as a token.
   */
  public static void writePrivate(Path target, Content content) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    write(target, content, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0]);
  }

  private static void write(Path target, Content content, FileAttribute<?>[] rights)
      throws IOException {
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target),
          1 << 16)) {
        content.writeTo(out);
      }
      return;
    }
    Path absolute = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = createTemp(dir, absolute.getFileName().toString(), rights);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        var buffered = new java.io.BufferedOutputStream(out, 1 << 16);
        content.writeTo(buffered);
        buffered.flush();
        channel.force(true);
      }
      move(temp, absolute);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** The temporary file for {@code name} in {@code dir}, created empty with {@code rights}. */
  static Path createTemp(Path dir, String name, FileAttribute<?>... rights) throws IOException {
    String stem = name.length() <= MAX_STEM ? name : name.substring(0, MAX_STEM);
    while (true) {
      Path temp = dir.resolve("." + stem + "." + Long.toHexString(
          ThreadLocalRandom.current().nextLong() >>> 1) + SUFFIX);
      try {
        return Files.createFile(temp, rights);
      } catch (FileAlreadyExistsException taken) {
        // another writer's name; draw again
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
