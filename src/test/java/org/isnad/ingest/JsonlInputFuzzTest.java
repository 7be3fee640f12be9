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
    new JsonlInput(new DocumentFactory(), Ingestor.DEFAULT_MAX_BYTES).read("fuzz.jsonl",
        new ByteArrayInputStream(bytes), documents::add);
    assertEquals(Math.max(1, nonBlankLines(bytes)), documents.size(),
        "one document per non-blank line, or one 'empty' document for a file without any");
    ExtractionChecks.extractAndCheck(documents);
  }

  /**
   * Non-blank lines as {@link BoundedLines} splits them: at {@code \n}, each decoded as UTF-8,
   * a byte order mark opening the file left out.
   */
  private static long nonBlankLines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return java.util.Arrays.stream(text.split("\n", -1)).filter(l -> !l.isBlank()).count();
  }
}
