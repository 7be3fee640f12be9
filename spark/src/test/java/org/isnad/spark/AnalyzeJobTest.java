package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's exit codes: a caller mistake is 2 with the bad value, before Spark starts; a document
 * that could not be read is 1, the contract written.
 */
class AnalyzeJobTest {
  @Test
  void anUnknownFormatIsExitTwoNamingIt() {
    StringWriter err = new StringWriter();
    int code = AnalyzeJob.commandLine().setErr(new PrintWriter(err, true))
        .execute("samples/seeds", "--out", "x", "--format", "xml");
    assertEquals(2, code);
    assertTrue(err.toString().contains("xml"), err.toString());
  }

  @Test
  void anInputThatMatchesNothingNamesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.list(List.of("samples/no-such-folder"), new Configuration()));
    assertTrue(e.getMessage().contains("samples/no-such-folder"), e.getMessage());
  }

  @Test
  void aLocalFolderKeepsTheUsersSpellingAndSortedOrder() {
    InputFiles.Listing listing = InputFiles.list(List.of("samples/seeds"), new Configuration());
    assertEquals(5, listing.files().size());
    assertTrue(listing.files().get(0).source().startsWith("samples/seeds/000_"),
        listing.files().get(0).source());
    assertEquals(4, listing.files().get(4).index());
  }

  /** As isnad analyze: a document that could not be read is exit 1, and the batch goes on. */
  @Test
  void aFailedDocumentIsExitOneAndTheContractIsWritten(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"),
        "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.\n",
        StandardCharsets.UTF_8);
    Files.write(in.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
        0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Path out = dir.resolve("a.json");
    StringWriter err = new StringWriter();
    int code = AnalyzeJob.commandLine().setErr(new PrintWriter(err, true))
        .execute(in.toString(), "--out", out.toString(), "--partitions", "2");
    assertEquals(1, code, err.toString());
    JsonNode analysis = new ObjectMapper().readTree(out.toFile());
    assertEquals(2, analysis.get("documents").size(), "every input shows up");
    assertEquals(1, analysis.get("articles").size());
  }

  /**
   * As isnad analyze: a blank input holds no article, a warning and no failure (the job once
   * counted every fatal problem as a failure, and exited 1 on SaudiNewsNet's empty lines).
   */
  @Test
  void aBlankDocumentIsNoFailure(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"),
        "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.\n",
        StandardCharsets.UTF_8);
    Files.write(in.resolve("blank.txt"), new byte[] {' '});
    Path out = dir.resolve("a.json");
    StringWriter err = new StringWriter();
    int code = AnalyzeJob.commandLine().setErr(new PrintWriter(err, true))
        .execute(in.toString(), "--out", out.toString(), "--partitions", "2");
    assertEquals(0, code, err.toString());
    JsonNode analysis = new ObjectMapper().readTree(out.toFile());
    assertEquals(2, analysis.get("documents").size(), "every input shows up");
    assertEquals("no-article", analysis.get("documents").get(0).get("outcome").asText());
  }

  @Test
  void hiddenNamesAndMarkersAreNotRead() {
    assertTrue(InputFiles.hidden(".git/x"));
    assertTrue(InputFiles.hidden("_SUCCESS"));
    assertTrue(!InputFiles.hidden("a/b.warc.gz"));
  }
}
