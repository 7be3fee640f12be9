package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.isnad.extract.ExtractionChecks;
import org.isnad.model.Document;

/**
 * Fuzzes JSON Lines input: every non-blank line gives exactly one document (read or failed with
 * {@code bad-json}), none is lost, nothing throws, and extraction obeys {@link ExtractionChecks}.
 *
 * <p>Under plain JUnit this replays the seeds and saved findings in
 * {@code src/test/resources/org/isnad/ingest/JsonlInputFuzzTestInputs/jsonlLines/}.
 */
class JsonlInputFuzzTest {

  @FuzzTest(maxDuration = "30s")
  @DictionaryEntries({"{\"text\":\"", "{\"html\":\"", "\"url\":\"", "\"title\":\"",
      "\"published\":\"", "\"outlet\":\"", "null", "true", "[", "]", "{", "}", "\\u0000",
      "\\ud800", "\\n", "\"", ",", ":", "1e999999", "<p>"})
  void jsonlLines(byte[] bytes) throws IOException {
    List<Document> documents = new ArrayList<>();
    new JsonlInput(new DocumentFactory()).read("fuzz.jsonl", new ByteArrayInputStream(bytes),
        documents::add);
    assertEquals(nonBlankLines(bytes), documents.size(), "one document per non-blank line");
    ExtractionChecks.extractAndCheck(documents);
  }

  /** Non-blank lines as {@link java.io.BufferedReader} splits them after UTF-8 decoding. */
  private static long nonBlankLines(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
  }
}
