package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write is all or nothing: the previous file survives any failure, no temporary file stays. */
class AtomicFileTest {
  private static final String GOOD = "{\"isnad\": \"1\", \"documents\": []}\n";
  @TempDir Path dir;

  @Test
  void aWriterFailingMidwayLeavesThePreviousFileIntactAndNoTemporaryFile() throws IOException {
    Path target = previous();
    IOException full = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
      out.write("{\"isnad\": \"1\", \"documents\": [{\"id\":".getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IOException("No space left on device");
    }));
    assertEquals("No space left on device", full.getMessage());
    assertEquals(GOOD, Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void anErrorOrABugMidwayAlsoLeavesThePreviousFile() throws IOException {
    Path target = previous();
    assertThrows(OutOfMemoryError.class, () -> AtomicFile.write(target, out -> {
      out.write(new byte[100_000]);
      throw new OutOfMemoryError("Java heap space");
    }));
    assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
      out.write('{');
      throw new IllegalStateException("a writer's bug");
    }));
    assertEquals(GOOD, Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void aSuccessfulWriteReplacesTheFileWholeAndCreatesParents() throws IOException {
    Path target = dir.resolve("new/deeper/a.json");
    AtomicFile.write(target, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
    AtomicFile.write(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
    assertEquals("second", Files.readString(target));
    try (Stream<Path> all = Files.list(target.getParent())) {
      assertEquals(List.of(target), all.toList());
    }
  }

  @Test
  void aSymbolicLinkIsFollowedNotReplaced() throws IOException {
    Path real = previous();
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
    AtomicFile.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(real));
  }

  private Path previous() throws IOException {
    Path target = dir.resolve("a.json");
    Files.writeString(target, GOOD);
    return target;
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.sorted().toList();
    }
  }
}
