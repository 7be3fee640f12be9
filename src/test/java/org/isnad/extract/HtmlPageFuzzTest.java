package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.ProblemCode;
import org.isnad.ingest.Ingestor;
import org.isnad.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the path an {@code .html} file takes: bytes on disk, {@link Ingestor} (charset, binary
 * and duplicate sniffing), then {@link PageExtractor}. Whatever the bytes, exactly one document
 * comes out and {@link ExtractionChecks} hold.
 *
 * <p>Under plain JUnit this replays the seeds and saved findings in
 * {@code src/test/resources/org/isnad/extract/HtmlPageFuzzTestInputs/htmlPage/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see {@code .ci/fuzz}).
 */
class HtmlPageFuzzTest {
  private static Path dir;

  @BeforeAll
  static void makeDirectory() throws IOException {
    dir = Files.createTempDirectory("isnad-fuzz-html");
  }

  @AfterAll
  static void removeDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "30s")
  @DictionaryEntries({"<html", "<body", "<head", "<meta charset=", "<article", "<p>", "</p>",
      "<div class=\"entry-content\">", "</div>", "<time datetime=\"", "<script type=\"application/ld+json\">",
      "\"@type\":\"NewsArticle\"", "\"datePublished\":\"", "<meta property=\"og:title\" content=\"",
      "<h1>", "<figure>", "<figcaption>", "<!--", "-->", "<![CDATA[", "&#x", "&amp;", "<br>",
      "<table><tr><td>", "<svg>", "<math>", "<template>", "<noscript>", "<iframe srcdoc=\"",
      "قال", "وكالة", "الأنباء", "دمشق", "2017-09-11"})
  void htmlPage(byte[] bytes) throws IOException {
    Path file = dir.resolve("page.html");
    Files.write(file, bytes);
    List<Document> documents = ingest(file.toString());
    assertEquals(1, documents.size(), "one .html file, one document");
    assertFalse(documents.get(0).problems().stream().anyMatch(p -> p.code() == ProblemCode.UNREADABLE),
        "a readable file is never 'unreadable': " + documents.get(0).problems());
    ExtractionChecks.extractAndCheck(documents);
  }

  static List<Document> ingest(String input) {
    List<Document> documents = new ArrayList<>();
    new Ingestor(new ByteArrayInputStream(new byte[0]), Ingestor.DEFAULT_MAX_BYTES)
        .ingest(List.of(input), documents::add);
    return documents;
  }
}
