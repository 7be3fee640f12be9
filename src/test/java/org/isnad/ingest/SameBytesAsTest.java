package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run read in pieces, one ingestor a file, then {@link Ingestor#sameBytesAs} on the later
 * readings of bytes read before, gives the documents one ingestor reading every file gives.
 */
class SameBytesAsTest {
  @TempDir Path dir;

  @Test
  void piecesThenSameBytesAsGiveTheDocumentsOfOneReading() throws IOException {
    byte[] page = IngestorTest.SENTENCE.getBytes(StandardCharsets.UTF_8);
    List<String> files = List.of(file("a.txt", page), file("b.txt", page),
        file("c.txt", new byte[] {' ', '\n'}), file("d.txt", new byte[] {' ', '\n'}));
    List<Document> whole = new ArrayList<>();
    new Ingestor().ingest(files, whole::add);
    List<Document> pieces = new ArrayList<>();
    for (String f : files) {
      new Ingestor().ingest(List.of(f), pieces::add);
    }
    assertTrue(pieces.stream().allMatch(Ingestor::firstOfItsBytes));
    pieces.set(1, Ingestor.sameBytesAs(pieces.get(1), pieces.get(0).id(),
        pieces.get(0).source()));
    pieces.set(3, Ingestor.sameBytesAs(pieces.get(3), pieces.get(2).id(),
        pieces.get(2).source()));
    assertEquals(whole, pieces);
    assertEquals(pieces.get(0).id(), pieces.get(1).duplicateOf(), "a duplicate");
    assertTrue(pieces.get(3).failed(), "a failed copy of unusable bytes");
    assertFalse(Ingestor.firstOfItsBytes(pieces.get(1)));
    Document copy = pieces.get(1);
    assertThrows(IllegalArgumentException.class, () -> Ingestor.sameBytesAs(copy, "d", "x"));
  }

  private String file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes).toString();
  }
}
