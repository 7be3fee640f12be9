package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class AnalyzeCommandTest {
  @TempDir Path dir;
  private final CliRun cli = new CliRun();
  private final StringWriter err = cli.err;
  private final StringWriter out = cli.out;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void helpListsTheCommands() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("analyze"), out.toString());
    assertTrue(out.toString().contains("bench"), out.toString());
  }

  @Test
  void analyzeHelpExplainsExitCodes() {
    assertEquals(0, run("analyze", "--help"));
    assertTrue(out.toString().contains("Exit code"), out.toString());
  }

  @Test
  void missingOutputIsAUsageError() {
    assertEquals(2, run("analyze", "samples/seeds"));
  }

  @Test
  void missingInputIsAUsageErrorNamingThePath() {
    Path missing = dir.resolve("no-such-file.txt");
    assertEquals(2, run("analyze", missing.toString(), "-o", dir.resolve("a.json").toString()));
    assertTrue(err.toString().contains("no-such-file.txt"), err.toString());
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, run("analyse-this"));
  }

  @Test
  void goodInputExitsZeroAndWritesJsonAndHtml() throws IOException {
    Path page = dir.resolve("page.txt");
    Files.writeString(page, "قال المتحدث باسم الوزارة إن الاجتماع انتهى مساء اليوم دون اتفاق.\n\n"
        + "وأضاف أن جولة جديدة من المحادثات ستعقد الأسبوع المقبل في العاصمة.\n",
        StandardCharsets.UTF_8);
    Path json = dir.resolve("out/a.json");
    Path html = dir.resolve("out/a.html");
    assertEquals(0, run("analyze", page.toString(), "-o", json.toString(), "--html", html.toString()),
        err.toString());
    JsonNode analysis = new ObjectMapper().readTree(json.toFile());
    assertEquals(1, analysis.get("articles").size());
    assertTrue(analysis.get("articles").get(0).get("text").asText().contains("جولة جديدة"));
    assertTrue(Files.readString(html).contains("dir=\"rtl\""));
  }

  @Test
  void aFailedDocumentGivesExitOneAndTheBatchGoesOn() throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.\n",
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
        0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Path json = dir.resolve("a.json");
    assertEquals(1, run("analyze", dir.toString(), "-o", json.toString()));
    JsonNode analysis = new ObjectMapper().readTree(json.toFile());
    assertEquals(2, analysis.get("documents").size(), "every input shows up");
    assertEquals(1, analysis.get("articles").size());
    assertTrue(err.toString().contains("broken.png"), err.toString());
  }

  @Test
  void pathsMetButNotReadAreInTheJsonAndTheSummaryWithTheirReason() throws IOException {
    Path good = dir.resolve("in/good.txt");
    Files.createDirectories(good.getParent());
    Files.writeString(good, "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("in/.draft.txt"), "مسودة", StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve("in/gone.txt"), dir.resolve("missing.txt"));
    Path json = dir.resolve("a.json");
    assertEquals(0, run("analyze", dir.resolve("in").toString(), "-o", json.toString(),
        "--no-progress"), err.toString());
    JsonNode skipped = new ObjectMapper().readTree(json.toFile()).get("skipped");
    assertEquals(2, skipped.size(), skipped.toString());
    assertTrue(skipped.get(0).get("path").asText().endsWith(".draft.txt"));
    assertEquals("hidden", skipped.get(0).get("code").asText());
    assertEquals("dangling-symlink", skipped.get(1).get("code").asText());
    assertTrue(err.toString().contains("1 documents, 1 articles, 0 without article, 0 failed, 2 skipped"),
        err.toString());
    assertTrue(err.toString().contains("skipped: " + dir.resolve("in/gone.txt")), err.toString());
  }

  @Test
  void anEmptyPathIsAUsageErrorNamingIt() {
    assertEquals(2, run("analyze", "", "-o", dir.resolve("a.json").toString()));
    assertTrue(err.toString().contains("empty input path: ''"), err.toString());
  }
}
