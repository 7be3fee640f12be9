package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isnad add} and {@code isnad export}: the summary on stderr, exit codes, and the
 * exported JSON equal to what {@code analyze} writes for the same inputs (but the time).
 */
@Timeout(120)
class AddCommandTest {
  @Test
  void theExportOfAStoreIsTheJsonAnalyzeWrites(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("store");
    CliRun add = new CliRun();
    assertEquals(0, add.run("add", "samples/seeds", "--store", store.toString(),
        "--no-progress", "--threads", "2"), add.err.toString());
    assertTrue(add.err.toString().contains("5 added, 0 already in the store"),
        add.err.toString());
    CliRun again = new CliRun();
    assertEquals(0, again.run("add", "samples/seeds", "--store", store.toString(),
        "--no-progress"), again.err.toString());
    assertTrue(again.err.toString().contains("0 added, 5 already in the store"),
        again.err.toString());
    Path exported = dir.resolve("store.json");
    Path analysed = dir.resolve("analysed.json");
    CliRun export = new CliRun();
    assertEquals(0, export.run("export", "--store", store.toString(), "-o",
        exported.toString(), "--no-progress"), export.err.toString());
    CliRun analyze = new CliRun();
    assertEquals(0, analyze.run("analyze", "samples/seeds", "-o", analysed.toString(),
        "--no-progress", "--threads", "2"), analyze.err.toString());
    assertEquals(timeless(Files.readString(analysed)), timeless(Files.readString(exported)));
  }

  private static String timeless(String json) {
    return json.replaceAll("\"generatedAt\" *: *\"[^\"]*\"", "");
  }

  @Test
  void timingsNameEachPhaseOnStderrAndLeaveStdoutAlone(@TempDir Path dir) {
    CliRun add = new CliRun();
    assertEquals(0, add.run("add", "samples/seeds", "--store", dir.resolve("s").toString(),
        "--no-progress", "--threads", "2", "--timings"), add.err.toString());
    String err = add.err.toString();
    String t = " [0-9.]+/[0-9.]+ s";
    assertTrue(err.matches("(?s).*timings \\(wall/cpu\\): read" + t + ", annotate" + t
        + ", load" + t + ", link" + t + ", events" + t + ", timeline" + t + ", store" + t
        + ", index" + t + ", total" + t + ".*"), err);
    assertEquals("", add.out.toString());
  }

  @Test
  void aMissingInputOrStoreIsAUsageError(@TempDir Path dir) {
    CliRun add = new CliRun();
    assertEquals(2, add.run("add", dir.resolve("none.txt").toString(), "--store",
        dir.resolve("store").toString(), "--no-progress"));
    assertTrue(add.err.toString().contains("none.txt"), add.err.toString());
    CliRun export = new CliRun();
    assertEquals(2, export.run("export", "--store", dir.resolve("nothing").toString(), "-o",
        dir.resolve("out.json").toString(), "--no-progress"));
    assertTrue(export.err.toString().contains("nothing"), export.err.toString());
  }
}
