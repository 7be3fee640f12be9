package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  /** Two articles of one site, one story holding both, one event claiming two sources. */
  private static final String ANALYSIS = """
      {"isnad": "2",
       "articles": [
         {"id": "a1", "text": "نص", "outlet": null, "url": "https://www.example.com/2017/08/23/a",
          "published": {"value": "2017-08-20", "earliest": null, "latest": null,
                        "basis": "content", "evidence": "يوم الأحد"}},
         {"id": "a2", "text": "نص", "outlet": null, "url": "https://example.com/2017/08/23/b",
          "published": {"value": null, "earliest": "2017-08-01", "latest": "2017-08-31",
                        "basis": "content", "evidence": null}}],
       "events": [
         {"id": "event-1", "type": "ATTACK", "summary": "هجوم: الموصل", "when": null,
          "reports": [{"article": "a1", "start": 0, "end": 2, "source": "article a1"},
                      {"article": "a2", "start": 0, "end": 2, "source": "رويترز"}],
          "sources": {"reports": 2, "independent": 2}, "status": "corroborated", "conflicts": []}],
       "stories": [{"id": "story-1", "title": "الموصل", "articles": ["a1", "a2"]}]}
      """;

  @TempDir Path dir;
  private final CliRun cli = new CliRun();
  private final StringWriter err = cli.err;
  private final StringWriter out = cli.out;

  private int run(String... args) {
    return cli.run(args);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void warningsStillExitZeroAndPrintTheTableWithExamples() throws IOException {
    assertEquals(0, run("audit", write("a.json", ANALYSIS).toString()), err.toString());
    String table = out.toString();
    assertTrue(table.contains("largest story (story-1)"), table);
    assertTrue(table.contains("2 articles, 100.0%"), table);
    assertTrue(table.contains("1 of 1 events"), table);
    assertTrue(table.contains("published contradicts URL day            1/2 (50.0%)"), table);
    assertTrue(table.contains("WARN"), table);
    assertTrue(table.contains("event-1  independent 2, outlets 1 [example.com]"), table);
    assertTrue(table.contains("a1  https://www.example.com/2017/08/23/a"), table);
    assertTrue(table.contains("URL day 2017-08-23; published value 2017-08-20"), table);
    assertFalse(table.contains("a2  https://example.com"), "the window holds a2's URL day");
  }

  @Test
  void examplesZeroPrintsOnlyTheTable() throws IOException {
    assertEquals(0, run("audit", "--examples", "0", write("a.json", ANALYSIS).toString()));
    assertFalse(out.toString().contains("URL day 2017-08-23"), out.toString());
  }

  @Test
  void jsonOutputHoldsTheNumbersAndVerdicts() throws IOException {
    assertEquals(0, run("audit", "--json", write("a.json", ANALYSIS).toString()), err.toString());
    JsonNode result = new ObjectMapper().readTree(out.toString());
    assertEquals(2, result.get("articles").asInt());
    assertEquals(1, result.get("dates").get("contradicting").asInt());
    assertEquals(1, result.get("reportsFromPublisher").asInt());
    assertEquals("WARN", result.get("checks").get("independentOverOutlets").asText());
    assertEquals("WARN", result.get("checks").get("largestStory").asText());
  }

  @Test
  void missingFileIsAUsageErrorNamingIt() {
    assertEquals(2, run("audit", dir.resolve("no-such.json").toString()));
    assertTrue(err.toString().contains("no-such.json"), err.toString());
  }

  @Test
  void invalidJsonIsAUsageError() throws IOException {
    assertEquals(2, run("audit", write("bad.json", "{\"articles\": [").toString()));
    assertTrue(err.toString().contains("not valid JSON"), err.toString());
  }

  @Test
  void jsonThatIsNoAnalysisIsAUsageError() throws IOException {
    assertEquals(2, run("audit", write("other.json", "[1, 2]").toString()));
    assertTrue(err.toString().contains("not an isnad analysis"), err.toString());
  }

  @Test
  void negativeExamplesIsAUsageError() throws IOException {
    assertEquals(2, run("audit", "--examples", "-1", write("a.json", ANALYSIS).toString()));
    assertTrue(err.toString().contains("-1"), err.toString());
  }

  @Test
  void missingArgumentIsAUsageError() {
    assertEquals(2, run("audit"));
  }
}
