package org.isnad.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Skipped;

/**
 * Finds the files one input path stands for: the path itself when it is a regular file (or a
 * link to one), else every regular file under it when it is a directory (or a link to one), in
 * path order. What it guarantees:
 *
 * <ul>
 *   <li>it never opens anything but directories, and those only to list them: a FIFO, socket or
 *       device is never opened, so it cannot block the run;
 *   <li>every entry it meets is either a file it returns or a {@link Skipped} with a reason:
 *       hidden names (a leading dot; a hidden directory is one entry, not descended), entries
 *       that are not regular files, dangling symlinks, symlink loops, a directory reached a second
 *       time through a link, empty directories, and directories or entries that cannot be
 *       listed or inspected;
 *   <li>a directory that cannot be listed is skipped and the walk goes on;
 *   <li>symlinks to directories are followed, and each directory is listed at most once, so the
 *       cost is linear in the size of the tree even with links that loop or fan out.
 * </ul>
 *
 * <p>Not thread safe; one walk at a time.
 */
final class InputWalk {
  /** Lists the entries of a directory; a seam so tests can make listing fail. */
  interface Lister {
    List<Path> entries(Path directory) throws IOException;
  }

  /** The files found, in path order, and the entries met but not returned, in path order. */
  record Found(List<Path> files, List<Skipped> skipped) {}

  private enum Kind { FILE, DIRECTORY, SKIPPED }

  /** One entry looked at: its kind, and for a directory its identity, else why it is skipped. */
  private record Entry(Kind kind, Object key, Skipped skipped) {}

  /** A directory to list, with the directory it was found in (for telling loops apart). */
  private record Node(Path path, Object key, Node parent) {}

  private final Lister lister;

  InputWalk() {
    this(InputWalk::list);
  }

  InputWalk(Lister lister) {
    this.lister = lister;
  }

  /** The files {@code start} stands for and what was skipped on the way. */
  Found walk(Path start) {
    List<Path> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Entry entry = inspect(start);
    if (entry.kind() == Kind.FILE) {
      files.add(start);
    } else if (entry.kind() == Kind.SKIPPED) {
      skipped.add(entry.skipped());
    } else {
      descend(new Node(start, entry.key(), null), files, skipped);
    }
    files.sort(Comparator.naturalOrder());
    skipped.sort(Comparator.comparing(Skipped::path));
    return new Found(files, skipped);
  }

  private void descend(Node root, List<Path> files, List<Skipped> skipped) {
    Map<Object, Path> listed = new HashMap<>();
    listed.put(root.key(), root.path());
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node directory = pending.pop();
      List<Node> subdirectories = new ArrayList<>();
      for (Path path : entries(directory.path(), skipped)) {
        Entry entry = isHidden(path) ? skip(path, "hidden",
            "hidden (the name starts with a dot); not read") : inspect(path);
        if (entry.kind() == Kind.FILE) {
          files.add(path);
        } else if (entry.kind() == Kind.SKIPPED) {
          skipped.add(entry.skipped());
        } else if (listed.containsKey(entry.key())) {
          skipped.add(seenAgain(path, entry.key(), directory, listed.get(entry.key())));
        } else {
          listed.put(entry.key(), path);
          subdirectories.add(new Node(path, entry.key(), directory));
        }
      }
      for (int i = subdirectories.size() - 1; i >= 0; i--) {
        pending.push(subdirectories.get(i));
      }
    }
  }

  /** The sorted entries of a directory; a directory that cannot be listed is recorded. */
  private List<Path> entries(Path directory, List<Skipped> skipped) {
    try {
      List<Path> entries = new ArrayList<>(lister.entries(directory));
      if (entries.isEmpty()) {
        skipped.add(new Skipped(directory.toString(), "empty-directory",
            "the directory holds nothing to read"));
      }
      entries.sort(Comparator.naturalOrder());
      return entries;
    } catch (IOException | RuntimeException e) {
      skipped.add(new Skipped(directory.toString(), "unreadable",
          "cannot list the directory: " + why(e)));
      return List.of();
    }
  }

  private static Skipped seenAgain(Path path, Object key, Node directory, Path first) {
    for (Node node = directory; node != null; node = node.parent()) {
      if (node.key().equals(key)) {
        return new Skipped(path.toString(), "symlink-loop",
            "symbolic link loop: leads back to " + node.path() + "; not followed");
      }
    }
    return new Skipped(path.toString(), "already-read",
        "the same directory as " + first + ", which is read once");
  }

  /** What {@code path} is, following symlinks; never opens it. */
  private static Entry inspect(Path path) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException | RuntimeException e) {
      return unfollowable(path, e);
    }
    if (attributes.isRegularFile()) {
      return new Entry(Kind.FILE, null, null);
    }
    if (attributes.isDirectory()) {
      return new Entry(Kind.DIRECTORY, keyOf(path, attributes), null);
    }
    return skip(path, "not-regular-file",
        "not a regular file (a FIFO, socket or device); never opened");
  }

  private static Entry unfollowable(Path path, Exception e) {
    if (!Files.isSymbolicLink(path)) {
      return skip(path, "unreadable", "cannot inspect: " + why(e));
    }
    if (e instanceof NoSuchFileException) {
      return skip(path, "dangling-symlink", "dangling symbolic link: its target "
          + target(path) + " does not exist");
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null
        && fs.getReason().contains("symbolic links")) {
      return skip(path, "symlink-loop", "symbolic link loop: " + fs.getReason());
    }
    return skip(path, "unreadable", "cannot follow the symbolic link: " + why(e));
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | RuntimeException e) {
      return "(unknown)";
    }
  }

  /** A directory's identity: device and inode where the file system has them, else its path. */
  private static Object keyOf(Path path, BasicFileAttributes attributes) {
    if (attributes.fileKey() != null) {
      return attributes.fileKey();
    }
    try {
      return path.toRealPath();
    } catch (IOException | RuntimeException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static Entry skip(Path path, String code, String reason) {
    return new Entry(Kind.SKIPPED, null, new Skipped(path.toString(), code, reason));
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** A short human reason for an I/O failure. */
  static String why(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static List<Path> list(Path directory) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path entry : stream) {
        entries.add(entry);
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    return entries;
  }
}
