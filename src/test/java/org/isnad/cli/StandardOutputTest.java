package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code -} as an output is the command's writer ({@code spec.commandLine().getOut()}), so a
 * caller that sets one (a test, an embedding program) gets the output there, and never a file
 * named {@code -}; an output that cannot go to standard output refuses {@code -} as a usage error.
 */
class StandardOutputTest {
  private static final String PAGE = "قال المتحدث باسم الوزارة إن الاجتماع انتهى مساء اليوم دون "
      + "اتفاق.\n\nوأضاف أن جولة جديدة من المحادثات ستعقد الأسبوع المقبل في العاصمة.\n";
  private static final Path DASH = Path.of(Target.STDOUT);

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
  private PrintStream realSystemOut;
  private Path page;

  @BeforeEach
  void setUp() throws IOException {
    page = dir.resolve("page.txt");
    Files.writeString(page, PAGE, StandardCharsets.UTF_8);
    realSystemOut = System.out;
    System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(realSystemOut);
  }

  /** {@code isnad ARGS…} with this test's writers, as an embedding program would run it. */
  private int run(String... args) {
    CommandLine cli = new CommandLine(new Main())
        .setExecutionExceptionHandler(new UsageErrorHandler())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private void assertNothingElsewhere() {
    assertEquals("", systemOut.toString(StandardCharsets.UTF_8), "nothing on System.out");
    assertFalse(Files.exists(DASH), "no file named -");
  }

  @Test
  void analysisJsonDashArrivesInTheWriter() throws IOException {
    assertEquals(0, run("analyze", page.toString(), "-o", "-", "--no-progress"), err.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("2", json.path("isnad").asText(), out.toString());
    assertTrue(out.toString().contains("المتحدث باسم الوزارة"), "UTF-8 decoded: " + out);
    assertNothingElsewhere();
  }

  @Test
  void aWriterThatFailsIsExitThreeNamingTheOutputAndTheOthersAreWritten() throws IOException {
    Writer broken = new Writer() {
      @Override
      public void write(char[] text, int off, int len) throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Path csv = dir.resolve("a.csv");
    CommandLine cli = Main.commandLine().setOut(new PrintWriter(broken, true))
        .setErr(new PrintWriter(err, true));
    assertEquals(3, cli.execute("analyze", page.toString(), "-o", "-", "--csv", csv.toString(),
        "--no-progress"), err.toString());
    assertTrue(err.toString().contains("could not write -o -: standard output failed"),
        err.toString());
    assertTrue(Files.readString(csv).startsWith("event,type,summary,"), "the CSV is written");
    assertNothingElsewhere();
  }

  @Test
  void everyOtherAnalyzeOutputDashArrivesInTheWriter() {
    Map<String, Supplier<Boolean>> outputs = Map.of(
        "--html", () -> out.toString().endsWith("</html>\n"),
        "--csv", () -> out.toString().startsWith("event,type,summary,"),
        "--graphml", () -> out.toString().contains("<graphml"),
        "--timelinejs", () -> out.toString().contains("\"events\""));
    outputs.forEach((option, arrived) -> {
      out.getBuffer().setLength(0);
      assertEquals(0, run("analyze", page.toString(), "-o", dir.resolve("a.json").toString(),
          option, "-", "--no-progress"), err.toString());
      assertTrue(arrived.get(), option + " - in the writer: " + out);
      assertNothingElsewhere();
    });
  }

  @Test
  void nerErrorsDashArePrintedAfterTheScores() throws IOException {
    Path test = dir.resolve("test.txt");
    Files.writeString(test, "في O\nالعاصمة B-PERS\n.\tO\n".replace('\t', ' '),
        StandardCharsets.UTF_8);
    assertEquals(0, run("eval", "ner", "--test", test.toString(), "--errors", "-"),
        err.toString());
    assertTrue(out.toString().contains("isnad eval ner:"), out.toString());
    assertTrue(out.toString().lines().anyMatch(line -> line.startsWith("-")
        && line.endsWith("\tالعاصمة\tفي العاصمة .")), "the missed name: " + out);
    assertNothingElsewhere();
  }

  @Test
  void timeGoldSentencesDashArrivePrintedAsTsv() {
    assumeTrue(Files.isDirectory(GoldData.SAUDINEWSNET), "SaudiNewsNet not here");
    assertEquals(0, run("eval", "time", "--export-sentences", "-"), err.toString());
    assertTrue(out.toString().startsWith("# sid\treference\ttext\n"), out.toString());
    assertFalse(out.toString().contains("wrote "), out.toString());
    assertNothingElsewhere();
  }

  @Test
  void trainOutDashIsAUsageErrorNamingIt() {
    for (String command : new String[] {"ner", "clusters"}) {
      err.getBuffer().setLength(0);
      assertEquals(2, run("train", command, "--out", "-"), err.toString());
      assertTrue(err.toString().contains("--out") && err.toString().contains(": -"),
          err.toString());
      assertEquals("", out.toString(), "refused before training");
      assertNothingElsewhere();
    }
  }

  @Test
  void aMissingGoldFileIsAUsageErrorNamingIt() {
    String gold = dir.resolve("no-such-gold.tsv").toString();
    for (String command : new String[] {"names", "quotes", "time", "timeline"}) {
      err.getBuffer().setLength(0);
      assertEquals(2, run("eval", command, "--gold", gold), err.toString());
      assertEquals("isnad: gold file not found: " + gold, err.toString().strip());
    }
  }
}
