package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isnad analyze}'s outputs: refused before any work when they would fail or destroy an
 * input, written whole, one line and exit code 3 when writing fails after the analysis, exit
 * codes that tell pages without an article from documents that could not be read.
 */
class AnalyzeOutputsTest {
  private static final Path HOSTILE = Path.of("src/test/resources/org/isnad/hostile/outputs");
  private static final String PAGE = "قال المتحدث باسم الوزارة إن الاجتماع انتهى مساء اليوم دون "
      + "اتفاق.\n\nوأضاف أن جولة جديدة من المحادثات ستعقد الأسبوع المقبل في العاصمة.\n";

  @TempDir Path dir;
  private final CliRun cli = new CliRun();
  private Path page;

  @BeforeEach
  void writePage() throws IOException {
    page = dir.resolve("in/page.txt");
    Files.createDirectories(page.getParent());
    Files.writeString(page, PAGE, StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return cli.run(args);
  }

  private String err() {
    return cli.err.toString();
  }

  /** The run stopped before the analysis: no summary line was printed. */
  private void assertRefusedBeforeAnalysing(int code) {
    assertEquals(2, code, err());
    assertEquals(1, err().lines().count(), "one line: " + err());
    assertFalse(err().contains("documents,"), "refused before analysing: " + err());
    assertFalse(err().contains("null"), err());
  }

  @Test
  void anOutputEqualToAnInputIsRefusedAndTheInputKept() throws IOException {
    assertRefusedBeforeAnalysing(run("analyze", page.toString(), "-o", page.toString()));
    assertTrue(err().contains("would overwrite the input") && err().contains("page.txt"), err());
    assertEquals(PAGE, Files.readString(page));
  }

  @Test
  void anOutputReachingAnInputThroughALinkOrDotsIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), page);
    assertRefusedBeforeAnalysing(run("analyze", page.toString(), "-o", link.toString()));
    cli.err.getBuffer().setLength(0);
    assertRefusedBeforeAnalysing(run("analyze", page.toString(), "--html",
        dir.resolve("in/../in/./page.txt").toString(), "-o", dir.resolve("a.json").toString()));
    assertEquals(PAGE, Files.readString(page));
  }

  @Test
  void htmlEqualToTheJsonIsRefused() {
    Path json = dir.resolve("out/a.json");
    assertRefusedBeforeAnalysing(run("analyze", page.toString(), "-o", json.toString(),
        "--html", dir.resolve("out/../out/a.json").toString()));
    assertTrue(err().contains("--html") && err().contains("-o") && err().contains("same file"),
        err());
    assertFalse(Files.exists(json));
  }

  @Test
  void anExistingFileOfAnInputDirectoryIsRefusedANewOneIsFine() throws IOException {
    Path previous = dir.resolve("in/a.json");
    Files.writeString(previous, "{}");
    assertRefusedBeforeAnalysing(run("analyze", page.getParent().toString(), "-o",
        previous.toString()));
    assertTrue(err().contains("of directory"), err());
    assertEquals("{}", Files.readString(previous));
    Path fresh = dir.resolve("in/new.json");
    assertEquals(0, run("analyze", page.toString(), "-o", fresh.toString()), err());
    assertTrue(Files.size(fresh) > 100);
  }

  @Test
  void anOutputUnderAFileIsRefusedBeforeAnalysingInOneLine() throws IOException {
    Path file = dir.resolve("not-a-dir");
    Files.writeString(file, "x");
    assertRefusedBeforeAnalysing(run("analyze", page.toString(), "-o",
        dir.resolve("a.json").toString(), "--csv", file.resolve("sub/e.csv").toString()));
    assertTrue(err().contains("--csv") && err().contains("not a directory"), err());
    assertFalse(Files.exists(dir.resolve("a.json")), "nothing written");
  }

  @Test
  void anOutputThatIsADirectoryIsRefused() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out.json"));
    assertRefusedBeforeAnalysing(run("analyze", page.toString(), "-o", out.toString()));
    assertTrue(err().contains("is a directory"), err());
  }

  @Test
  void anOutputFailingAfterTheAnalysisIsOneLineAndExitThree() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "needs /dev/full");
    Path html = dir.resolve("a.html");
    assertEquals(3, run("analyze", page.toString(), "-o", full.toString(), "--html",
        html.toString()), err());
    assertTrue(err().contains("could not write -o /dev/full: No space left on device"), err());
    assertFalse(err().contains("\tat "), "no stack trace: " + err());
    assertTrue(Files.readString(html).endsWith("</html>\n"), "the other outputs are written");
    assertFalse(Files.isRegularFile(full), "the device is not replaced");
  }

  @Test
  void threadsOutOfRangeAreAUsageErrorNamingTheValue() {
    for (String threads : List.of("32768", "0", "257", "-1")) {
      cli.err.getBuffer().setLength(0);
      assertRefusedBeforeAnalysing(run("analyze", page.toString(), "-o",
          dir.resolve("a.json").toString(), "--threads", threads));
      assertTrue(err().contains(threads), err());
    }
  }

  @Test
  void twoOutputsToStandardOutputAreRefused() {
    assertRefusedBeforeAnalysing(run("analyze", page.toString(), "-o", "-", "--csv", "-"));
    assertTrue(err().contains("-o -") && err().contains("--csv -"), err());
  }

  @Test
  void csvDashGoesToStandardOutputNotToAFileNamedDash() throws IOException {
    Path json = dir.resolve("a.json");
    assertEquals(0, run("analyze", page.toString(), "-o", json.toString(), "--csv", "-"), err());
    assertTrue(cli.out.toString().startsWith("event,type,summary,"), cli.out.toString());
    assertFalse(Files.exists(Path.of("-")), "no file named -");
    assertTrue(Files.size(json) > 100);
  }

  @Test
  void helpListsEveryExitCode() {
    assertEquals(0, run("analyze", "--help"));
    String help = cli.out.toString();
    assertTrue(help.contains("Exit codes:"), help);
    assertTrue(help.contains("3   internal failure"), help);
    assertTrue(help.contains("2   usage error"), help);
  }

  @Test
  void pagesWithoutAnArticleAreWarningsNotFailures() throws IOException {
    Path json = dir.resolve("a.json");
    Path html = dir.resolve("a.html");
    assertEquals(0, run("analyze", HOSTILE.resolve("no-article.jsonl").toString(), "-o",
        json.toString(), "--html", html.toString()), err());
    assertTrue(err().contains("3 documents, 1 articles, 2 without article, 0 failed"), err());
    assertTrue(err().contains("warning: no article: "), err());
    JsonNode documents = new ObjectMapper().readTree(json.toFile()).get("documents");
    assertEquals(List.of("no-article", "no-article", "articles"), documents.findValuesAsText(
        "outcome"));
    assertTrue(documents.get(0).has("error"), "the reason stays where readers look for it");
    String report = Files.readString(html);
    assertTrue(report.contains("2 without article · 0 failed"), report);
    assertTrue(report.contains("صفحات بلا مقال (2)"), report);
  }

  @Test
  void aDocumentThatCannotBeReadStillFailsTheRun() throws IOException {
    Files.write(dir.resolve("in/picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r',
        '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.write(dir.resolve("in/empty.txt"), new byte[0]);
    Path json = dir.resolve("a.json");
    assertEquals(1, run("analyze", page.getParent().toString(), "-o", json.toString()), err());
    assertTrue(err().contains("3 documents, 1 articles, 1 without article, 1 failed"), err());
    assertTrue(err().contains("failed: ") && err().contains("picture.png"), err());
  }

  @Test
  void hostileMetadataGivesValidJsonHtmlCsvAndGraphml() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(0, run("analyze", HOSTILE.resolve("hostile-metadata.jsonl").toString(), "-o",
        out.resolve("a.json").toString(), "--html", out.resolve("a.html").toString(), "--csv",
        out.resolve("a.csv").toString(), "--graphml", out.resolve("a.graphml").toString()),
        err());
    JsonNode json = new ObjectMapper().readTree(out.resolve("a.json").toFile());
    assertEquals(1, json.get("articles").size());
    assertTrue(Files.readString(out.resolve("a.html")).endsWith("</html>\n"));
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("a.graphml")
        .toFile());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(4, files.count(), "no temporary file left");
    }
  }

  @Test
  void messagesOnStderrCannotSendTerminalEscapes() throws IOException {
    Files.write(dir.resolve("in/\u001b[2J\u001b[31mred.png"), new byte[] {(byte) 0x89, 'P',
        'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    assertEquals(1, run("analyze", page.getParent().toString(), "-o",
        dir.resolve("a.json").toString()), err());
    assertFalse(err().contains("\u001b"), "raw escape on the terminal: " + err());
    assertTrue(err().contains("\\u001b[31mred.png"), err());
  }
}
