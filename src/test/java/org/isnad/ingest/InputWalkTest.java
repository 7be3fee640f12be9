package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.isnad.model.Document;
import org.isnad.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every path a walk meets is a document or a skipped entry with its reason; nothing blocks and
 * nothing loops. Trees, links and FIFOs are made in a temporary directory.
 */
class InputWalkTest {
  @TempDir Path dir;

  private static List<String> contents(HostileIngestTest.Run run) {
    return run.documents().stream().map(Document::content).toList();
  }

  @Test
  void aSymlinkedDirectoryGivenAsAnArgumentIsRead() throws IOException {
    Files.createDirectories(dir.resolve("real"));
    Files.writeString(dir.resolve("real/a.txt"), "أول");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
    List<Document> documents = IngestorTest.ingest(link.toString());
    assertEquals(List.of("أول"), documents.stream().map(Document::content).toList());
    assertEquals(link.resolve("a.txt").toString(), documents.get(0).source());
  }

  @Test
  void symlinkedDirectoriesInsideAreFollowedAndALoopEndsAsSkipped() throws IOException {
    Files.createDirectories(dir.resolve("a/b"));
    Files.createDirectories(dir.resolve("outside"));
    Files.writeString(dir.resolve("a/b/one.txt"), "أول");
    Files.writeString(dir.resolve("outside/two.txt"), "ثان");
    Files.createSymbolicLink(dir.resolve("a/b/up"), dir.resolve("a"));
    Files.createSymbolicLink(dir.resolve("a/out"), dir.resolve("outside"));
    HostileIngestTest.Run run = HostileIngestTest.run(dir.resolve("a").toString());
    assertEquals(List.of("أول", "ثان"), contents(run));
    Skipped loop = run.skip("up");
    assertEquals("symlink-loop", loop.code());
    assertTrue(loop.reason().contains(dir.resolve("a").toString()), loop.reason());
    assertEquals(1, run.skipped().size(), run.skipped().toString());
  }

  @Test
  void aDirectoryReachedTwiceIsReadOnceAndTheSecondWayIsSkipped() throws IOException {
    Files.createDirectories(dir.resolve("d"));
    Files.writeString(dir.resolve("d/page.txt"), "أول");
    for (int i = 0; i < 5; i++) {
      Files.createSymbolicLink(dir.resolve("link" + i), dir.resolve("d"));
    }
    HostileIngestTest.Run run = HostileIngestTest.run(dir.toString());
    assertEquals(List.of("أول"), contents(run));
    assertEquals(5, run.skipped().size());
    assertTrue(run.skipped().stream().allMatch(s -> s.code().equals("already-read")));
  }

  @Test
  void danglingSymlinksAndHiddenPathsAreSkippedWithAReason() throws IOException {
    Files.writeString(dir.resolve("page.txt"), "أول");
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/config"), "مخفي");
    Files.writeString(dir.resolve(".notes.txt"), "مخفي");
    HostileIngestTest.Run run = HostileIngestTest.run(dir.toString());
    assertEquals(List.of("أول"), contents(run));
    assertEquals("dangling-symlink", run.skip("gone.txt").code());
    assertTrue(run.skip("gone.txt").reason().contains("missing.txt"));
    assertEquals("hidden", run.skip(".git").code());
    assertEquals("hidden", run.skip(".notes.txt").code());
    assertEquals(3, run.skipped().size(), "the hidden directory is one entry: " + run.skipped());
  }

  @Test
  void anEmptyDirectoryGivenOrMetIsSkippedWithAReason() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    HostileIngestTest.Run named = HostileIngestTest.run(empty.toString());
    assertEquals(List.of(), named.documents());
    assertEquals("empty-directory", named.skip("empty").code());
    Files.writeString(dir.resolve("page.txt"), "أول");
    HostileIngestTest.Run met = HostileIngestTest.run(dir.toString());
    assertEquals(List.of("أول"), contents(met));
    assertEquals("empty-directory", met.skip("empty").code());
  }

  @Test
  void aDanglingSymlinkGivenAsAnArgumentIsSkippedNotAnError() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("gone.html"), dir.resolve("missing.html"));
    HostileIngestTest.Run run = HostileIngestTest.run(link.toString());
    assertEquals(List.of(), run.documents());
    assertEquals("dangling-symlink", run.skip("gone.html").code());
  }

  @Test
  void aSymlinkThatPointsAtItselfEnds() throws IOException {
    Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self"));
    Files.writeString(dir.resolve("page.txt"), "أول");
    HostileIngestTest.Run run = HostileIngestTest.run(dir.toString());
    assertEquals(List.of("أول"), contents(run));
    assertEquals("symlink-loop", run.skip("self").code());
  }

  @Test
  void aFifoGivenAsAnArgumentIsNeverOpened() throws Exception {
    Path fifo = fifo(dir.resolve("pipe"));
    // A writer that only returns once someone opens the FIFO for reading: were the ingestor to
    // open it, it would read "x" (and not block forever); since it must not, the test opens the
    // FIFO itself at the end to let the writer go.
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, "x");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    HostileIngestTest.Run run;
    try {
      run = HostileIngestTest.run(fifo.toString());
    } finally {
      // Opening a FIFO for reading and writing never blocks on Linux; it lets the writer finish.
      try (var unblock = java.nio.channels.FileChannel.open(fifo,
          java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
        writer.join();
      }
    }
    assertEquals(List.of(), run.documents());
    assertEquals("not-regular-file", run.skip("pipe").code());
  }

  @Test
  void aFifoInsideADirectoryIsSkippedWithAReason() throws Exception {
    fifo(dir.resolve("pipe"));
    Files.writeString(dir.resolve("page.txt"), "أول");
    HostileIngestTest.Run run = HostileIngestTest.run(dir.toString());
    assertEquals(List.of("أول"), contents(run));
    assertEquals("not-regular-file", run.skip("pipe").code());
  }

  @Test
  void aDirectoryThatCannotBeListedIsSkippedAndTheWalkGoesOn() throws IOException {
    for (String name : List.of("a", "b", "c")) {
      Files.createDirectories(dir.resolve(name));
      Files.writeString(dir.resolve(name + "/page.txt"), name);
    }
    Path locked = dir.resolve("b");
    InputWalk walk = new InputWalk(directory -> {
      if (directory.equals(locked)) {
        throw new AccessDeniedException(directory.toString());
      }
      try (var entries = Files.list(directory)) {
        return entries.toList();
      }
    });
    InputWalk.Found found = walk.walk(dir);
    assertEquals(List.of(dir.resolve("a/page.txt"), dir.resolve("c/page.txt")), found.files());
    assertEquals(List.of(new Skipped(locked.toString(), "unreadable",
        "cannot list the directory: permission denied")), found.skipped());
  }

  @Test
  void aListingThatFailsHalfwayIsSkippedToo() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("top.txt"), "أول");
    InputWalk walk = new InputWalk(directory -> {
      if (directory.endsWith("a")) {
        throw new java.io.UncheckedIOException(new IOException("Input/output error"));
      }
      try (var entries = Files.list(directory)) {
        return entries.toList();
      }
    });
    InputWalk.Found found = walk.walk(dir);
    assertEquals(List.of(dir.resolve("top.txt")), found.files());
    assertEquals("unreadable", found.skipped().get(0).code());
  }

  /**
   * A real failure that root meets too: below a depth where the path is longer than the system
   * allows (PATH_MAX), an entry cannot be inspected or listed. {@code mkdir -p} can make such a
   * tree (it works relative to each level); {@code rm -rf} removes it.
   */
  @Test
  void aDirectoryTooDeepToReachIsSkippedAndTheWalkGoesOn() throws Exception {
    Files.writeString(dir.resolve("page.txt"), "أول");
    String deep = String.join("/", java.util.Collections.nCopies(2100, "dd"));
    Process mkdir = new ProcessBuilder("mkdir", "-p", deep).directory(dir.toFile()).inheritIO()
        .start();
    assumeTrue(mkdir.waitFor() == 0, "mkdir -p is needed to make a tree deeper than PATH_MAX");
    try {
      HostileIngestTest.Run run = HostileIngestTest.run(dir.toString());
      assertEquals(List.of("أول"), contents(run));
      assertEquals(1, run.skipped().size(), run.skipped().toString());
      assertEquals("unreadable", run.skipped().get(0).code());
    } finally {
      new ProcessBuilder("rm", "-rf", "dd").directory(dir.toFile()).inheritIO().start().waitFor();
    }
  }

  /** Runs only as a user that permissions stop (not as root): chmod 000 on a subdirectory. */
  @Test
  void aSubdirectoryWithoutPermissionsIsSkippedWhenPermissionsApply() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("secret.txt"), "سر");
    Files.writeString(dir.resolve("page.txt"), "أول");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(locked), "permissions do not apply to this user (root)");
      HostileIngestTest.Run run = HostileIngestTest.run(dir.toString());
      assertEquals(List.of("أول"), contents(run));
      assertEquals("unreadable", run.skip("locked").code());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static Path fifo(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a FIFO");
    return path;
  }
}
