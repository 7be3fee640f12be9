package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.isnad.extract.ExtractionChecks;
import org.isnad.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes web archive reading: the bytes are read by {@link Ingestor} as a {@code .warc}, gzipped
 * as a {@code .warc.gz}, and, when they already start like gzip, as a {@code .warc.gz} as they
 * are. Whatever the bytes, ingest does not throw, every document is whole or failed, and its
 * extraction obeys {@link ExtractionChecks}.
 *
 * <p>Under plain JUnit this replays the seeds and saved findings in
 * {@code src/test/resources/org/isnad/ingest/WarcInputFuzzTestInputs/warcFile/}.
 */
class WarcInputFuzzTest {
  private static Path dir;

  @BeforeAll
  static void makeDirectory() throws IOException {
    dir = Files.createTempDirectory("isnad-fuzz-warc");
  }

  @AfterAll
  static void removeDirectory() throws IOException {
    FuzzFiles.deleteTree(dir);
  }

  @FuzzTest(maxDuration = "30s")
  // Jazzer 0.24.0 does not escape CR/LF in @DictionaryEntries, so the WARC tokens live in a file.
  @DictionaryFile(resourcePath = "warc.dict")
  void warcFile(byte[] bytes) throws IOException {
    check(write("plain.warc", bytes));
    check(write("gzipped.warc.gz", gzip(bytes)));
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
      check(write("raw.warc.gz", bytes));
    }
  }

  private static void check(Path file) {
    List<Document> documents = new ArrayList<>();
    new Ingestor(new java.io.ByteArrayInputStream(new byte[0]), Ingestor.DEFAULT_MAX_BYTES)
        .ingest(List.of(file.toString()), documents::add);
    for (Document d : documents) {
      assertTrue(d.source().startsWith(file.toString()), "source names the archive: " + d.source());
    }
    ExtractionChecks.extractAndCheck(documents);
  }

  private static Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
