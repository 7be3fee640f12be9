package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.ingest.SeedWarcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WARC for real: archives written with jwarc from the sample pages (HTML responses, a gzip file, a
 * chunked response, a revisit record; {@link SeedWarcs}) give, through {@code isnad analyze}, the
 * same articles (same ids, titles, texts, outlets, authors, segments) as the same pages read as
 * plain files.
 */
class WarcSeedsAnalyzeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void theArchivesGiveTheArticlesOfThePlainPages() throws IOException {
    SeedWarcs.Written written = SeedWarcs.write(Path.of("samples/seeds"), dir);
    JsonNode pages = analysis(written.pages(), "pages.json");
    JsonNode warcs = analysis(written.warcs(), "warcs.json");
    assertEquals(5, warcs.get("documents").size(), "five responses; the revisit is no document");
    assertEquals(articles(pages), articles(warcs));
    for (JsonNode article : warcs.get("articles")) {
      assertEquals("2024-12-09", article.at("/published/value").asText(),
          "a record's capture date is its page's metadata date: " + article.get("id"));
      assertEquals("https://archive.example/seeds/", article.get("url").asText().substring(0, 30));
    }
  }

  private JsonNode analysis(Path input, String name) throws IOException {
    CliRun cli = new CliRun();
    Path out = dir.resolve(name);
    assertEquals(0, cli.run("analyze", input.toString(), "-o", out.toString(), "--threads", "1"),
        cli.err.toString());
    return JSON.readTree(out.toFile());
  }

  /**
   * Each article as the JSON gives it, by id, less what the archive adds: its URL, and the date
   * of publication its capture date gives (WarcInput's hints), with the story that date joins.
   */
  private static Map<String, JsonNode> articles(JsonNode analysis) {
    Map<String, JsonNode> articles = new TreeMap<>();
    for (JsonNode article : analysis.get("articles")) {
      ObjectNode copy = article.deepCopy();
      copy.remove(List.of("url", "published", "story"));
      articles.put(article.get("id").asText(), copy);
    }
    return articles;
  }
}
