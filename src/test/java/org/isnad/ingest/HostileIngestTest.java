package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.isnad.model.Document;
import org.isnad.model.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Hostile inputs at ingest: bombs, inputs that used to vanish, caller mistakes and unsafe
 * metadata. Small inputs are fixtures in {@code hostile/ingest/}; bombs are generated here.
 */
class HostileIngestTest {
  static final Path FIXTURES = Path.of("src/test/resources/org/isnad/hostile/ingest");
  private static final long THREE_GB = 3L << 30;
  private static final long SMALL_CAP = 1L << 20;
  private static final String PAGE = "<html><body><p>" + IngestorTest.SENTENCE
      + "</p></body></html>";
  @TempDir Path dir;

  /** What one run of the ingestor gave: documents and skipped paths. */
  record Run(List<Document> documents, List<Skipped> skipped) {
    Document document(String sourceEnd) {
      return documents.stream().filter(d -> d.source().endsWith(sourceEnd)).findFirst()
          .orElseThrow(() -> new AssertionError("no document " + sourceEnd + " in " + documents));
    }

    Skipped skip(String pathEnd) {
      return skipped.stream().filter(s -> s.path().endsWith(pathEnd)).findFirst()
          .orElseThrow(() -> new AssertionError("no skipped " + pathEnd + " in " + skipped));
    }
  }

  static Run run(long maxBytes, String... inputs) {
    List<Document> documents = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    new Ingestor(InputStream.nullInputStream(), maxBytes)
        .ingest(List.of(inputs), documents::add, skipped::add);
    return new Run(documents, skipped);
  }

  static Run run(String... inputs) {
    return run(Ingestor.DEFAULT_MAX_BYTES, inputs);
  }

  // --- bombs -----------------------------------------------------------------------------

  @Test
  void theBombGeneratorWritesValidGzipOfTheStatedSize() throws IOException {
    byte[] bomb = Bombs.gzipOfZeros(3L << 20);
    assertTrue(bomb.length < 10_000, "compressed size " + bomb.length);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bomb))) {
      assertEquals(3L << 20, in.transferTo(OutputStream.nullOutputStream()));
    }
  }

  @Test
  void aGzipBombInAnHttpBodyIsATooLargeDocumentAndTheArchiveGoesOn() throws IOException {
    Path warc = dir.resolve("bomb.warc.gz");
    byte[] bomb = Bombs.gzipOfZeros(THREE_GB);
    try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      writer.write(response("https://example.com/bomb", bomb, true));
      writer.write(response("https://example.com/page", PAGE.getBytes(StandardCharsets.UTF_8),
          false));
    }
    Run run = run(SMALL_CAP, warc.toString());
    assertEquals(2, run.documents().size(), run.documents().toString());
    Document exploded = run.documents().get(0);
    assertTrue(exploded.failed() && IngestorTest.has(exploded, "too-large"),
        exploded.problems().toString());
    Document page = run.documents().get(1);
    assertFalse(page.failed(), page.problems().toString());
    assertTrue(page.content().contains(IngestorTest.SENTENCE));
  }

  @Test
  void aRecordLevelGzipBombIsATooLargeDocumentAndTheNextRecordIsRead() throws IOException {
    Path warc = dir.resolve("record-bomb.warc.gz");
    try (OutputStream out = Files.newOutputStream(warc)) {
      Bombs.writeRecordBomb(out, (2L << 30) + (256L << 20));
    }
    appendPage(warc);
    Run run = run(SMALL_CAP, warc.toString());
    assertEquals(2, run.documents().size(), run.documents().toString());
    assertTrue(IngestorTest.has(run.documents().get(0), "too-large"));
    assertEquals("https://example.com/page", run.documents().get(1).hints().url());
    assertFalse(run.documents().get(1).failed());
  }

  @Test
  void anEndlessWarcHeaderLineIsATooLargeDocumentNotAnExhaustedHeap() throws IOException {
    Path warc = dir.resolve("header-bomb.warc.gz");
    try (OutputStream out = Files.newOutputStream(warc)) {
      Bombs.writeHeaderBomb(out, THREE_GB);
    }
    Run run = run(warc.toString());
    assertEquals(1, run.documents().size(), run.documents().toString());
    Document document = run.documents().get(0);
    assertTrue(IngestorTest.has(document, "too-large"), document.problems().toString());
    assertTrue(document.problems().get(0).message().contains("header"));
  }

  @Test
  void anEndlessHttpHeaderLineFailsItsRecordAndTheNextRecordIsRead() throws IOException {
    Path warc = dir.resolve("http-header-bomb.warc.gz");
    try (OutputStream out = Files.newOutputStream(warc)) {
      Bombs.writeHttpHeaderBomb(out, (2L << 30) + (256L << 20));
    }
    appendPage(warc);
    Run run = run(warc.toString());
    assertEquals(2, run.documents().size(), run.documents().toString());
    assertTrue(IngestorTest.has(run.documents().get(0), "too-large"));
    assertEquals("https://example.com/page", run.documents().get(1).hints().url(),
        run.documents().toString());
  }

  @Test
  void anEndlessJsonLineIsATooLargeLineAndTheNextLineIsRead() throws IOException {
    Path feed = dir.resolve("feed.jsonl");
    try (OutputStream out = Files.newOutputStream(feed)) {
      out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] block = "ن".repeat(1 << 15).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 64; i++) {
        out.write(block);
      }
      out.write(("\"}\n{\"text\":\"" + IngestorTest.SENTENCE + "\"}\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    Run run = run(SMALL_CAP, feed.toString());
    assertEquals(2, run.documents().size());
    assertTrue(IngestorTest.has(run.document("feed.jsonl:1"), "too-large"));
    assertEquals(IngestorTest.SENTENCE, run.document("feed.jsonl:2").content());
  }

  @Test
  void aJsonLineUnderTheCapIsReadWholeEvenAboveJacksonsDefaultStringLimit() throws IOException {
    Path feed = dir.resolve("long.jsonl");
    int length = 21_000_000;
    try (OutputStream out = Files.newOutputStream(feed)) {
      out.write("{\"text\":\"".getBytes(StandardCharsets.US_ASCII));
      byte[] words = "word ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
      for (int written = 0; written < length; written += words.length) {
        out.write(words);
      }
      out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
    }
    Document document = run(feed.toString()).documents().get(0);
    assertFalse(document.failed(), document.problems().toString());
    assertEquals(length, document.content().length());
  }

  private static WarcResponse response(String uri, byte[] body, boolean gzipped)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Type", "text/html; charset=utf-8");
    if (gzipped) {
      http.addHeader("Content-Encoding", "gzip");
    }
    return new WarcResponse.Builder(URI.create(uri))
        .date(Instant.parse("2024-12-08T02:30:00Z"))
        .body(http.body(MediaType.parse("text/html; charset=utf-8"), body).build())
        .build();
  }

  // --- web archives and JSON Lines that used to give nothing -------------------------------

  @Test
  void plainTextWarcRecordsAreTextDocuments() {
    Run run = run(FIXTURES.resolve("text-plain.warc").toString());
    assertEquals(2, run.documents().size(), run.documents().toString());
    for (Document document : run.documents()) {
      assertFalse(document.failed(), document.problems().toString());
      assertEquals(org.isnad.model.Format.TEXT, document.format());
      assertTrue(document.content().contains("المحادثات ستستأنف"));
    }
  }

  @Test
  void anEmptyWarcIsAFailedEmptyDocument() {
    Run run = run(FIXTURES.resolve("empty.warc").toString());
    assertEquals(1, run.documents().size());
    assertTrue(IngestorTest.has(run.documents().get(0), "empty"));
  }

  @Test
  void aWarcWithoutAPageIsSkippedWithTheReason() {
    Run run = run(FIXTURES.resolve("no-page.warc").toString());
    assertEquals(List.of(), run.documents());
    Skipped skipped = run.skip("no-page.warc");
    assertEquals("no-usable-record", skipped.code());
    assertTrue(skipped.reason().contains("2 records"), skipped.reason());
  }

  @Test
  void emptyAndBlankJsonLinesFilesAreFailedEmptyDocuments() {
    Run run = run(FIXTURES.resolve("empty.jsonl").toString(),
        FIXTURES.resolve("blank.jsonl").toString());
    assertEquals(2, run.documents().size(), run.documents().toString());
    for (Document document : run.documents()) {
      assertTrue(document.failed() && IngestorTest.has(document, "empty"));
    }
  }

  @Test
  void aFailingInputIdenticalToAnEarlierOneIsCountedAsFailedToo() throws IOException {
    Files.write(dir.resolve("a.txt"), new byte[0]);
    Files.write(dir.resolve("b.txt"), new byte[0]);
    Files.write(dir.resolve("c.png"), Files.readAllBytes(IngestorTest.FIXTURES.resolve("tiny.png")));
    Files.write(dir.resolve("d.png"), Files.readAllBytes(IngestorTest.FIXTURES.resolve("tiny.png")));
    Run run = run(dir.toString());
    assertEquals(4, run.documents().size());
    for (Document document : run.documents()) {
      assertTrue(document.failed(), document.source() + ": " + document.problems());
      assertNull(document.duplicateOf());
      assertTrue(document.problems().get(0).message().contains(document.source()),
          "the message names the input itself: " + document.problems());
    }
    assertEquals(4, run.documents().stream().map(Document::id).distinct().count());
    assertTrue(IngestorTest.has(run.document("b.txt"), "empty"));
    assertTrue(IngestorTest.has(run.document("d.png"), "binary-content"));
  }

  // --- metadata ----------------------------------------------------------------------------

  @Test
  void loneSurrogatesAndControlCharactersInJsonlMetadataAreCleanedWithAWarning() {
    Run run = run(FIXTURES.resolve("metadata-controls.jsonl").toString());
    assertEquals(3, run.documents().size());
    Document first = run.document(":1");
    assertEquals("\uFFFD", first.hints().outlet());
    assertEquals("عنوان الخبر", first.hints().title());
    assertTrue(IngestorTest.has(first, "unsafe-characters"), first.problems().toString());
    Document second = run.document(":2");
    assertEquals("وكالة الأنباء", second.hints().outlet());
    assertEquals("https://example.com/x", second.hints().url());
    assertTrue(IngestorTest.has(second, "unsafe-characters"));
    assertFalse(IngestorTest.has(run.document(":3"), "unsafe-characters"));
  }

  @Test
  void aLoneSurrogateInJsonlTextBecomesAReplacementCharacterNotAQuestionMark()
      throws IOException {
    Path feed = dir.resolve("surrogate.jsonl");
    Files.writeString(feed, "{\"text\":\"قال \\ud800 المتحدث\"}\n");
    Document document = run(feed.toString()).documents().get(0);
    assertEquals("قال \uFFFD المتحدث", document.content());
    assertTrue(IngestorTest.has(document, "unsafe-characters"));
  }

  // --- caller mistakes and standard input --------------------------------------------------

  @Test
  void anEmptyPathIsACallerMistakeNotTheCurrentDirectory() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(""));
    assertTrue(e.getMessage().contains("''"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> run("  "));
  }

  @Test
  void aStandardInputThatCannotBeReadSaysSo() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Bad file descriptor");
      }
    };
    List<Document> documents = new ArrayList<>();
    new Ingestor(broken, Ingestor.DEFAULT_MAX_BYTES).ingest(List.of("-"), documents::add);
    assertTrue(IngestorTest.has(documents.get(0), "unreadable"));
    assertTrue(documents.get(0).problems().get(0).message().contains("Bad file descriptor"));
  }

  @Test
  void anEmptyStandardInputSaysItIsEmpty() {
    List<Document> documents = new ArrayList<>();
    new Ingestor(InputStream.nullInputStream(), Ingestor.DEFAULT_MAX_BYTES)
        .ingest(List.of("-"), documents::add);
    assertTrue(IngestorTest.has(documents.get(0), "empty"));
    assertTrue(documents.get(0).problems().get(0).message().contains("standard input is empty"));
  }

  @Test
  void aClosedStandardInputIsReportedAsClosedNotAsTooLarge() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder("bash", "-c",
        "exec \"$0\" -cp \"$1\" org.isnad.ingest.StdinProbe <&-", java,
        System.getProperty("java.class.path")).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertTrue(output.contains("unreadable") && output.contains("closed"), output);
    assertFalse(output.contains("larger than"), output);
  }

  @Test
  void descriptorZeroOnAFileOfTheJvmMeansStandardInputWasClosed() {
    Path home = Path.of("/opt/jdk");
    assertTrue(StandardInput.isClosed(Path.of("/opt/jdk/lib/modules"), "/opt/jdk", ""));
    assertTrue(StandardInput.isClosed(Path.of("/app/isnad.jar"), "/opt/jdk", "/app/isnad.jar"));
    assertFalse(StandardInput.isClosed(Path.of("/home/me/page.html"), home.toString(), "/app/x"));
    assertFalse(StandardInput.isClosed(Path.of("pipe:[1234]"), "/opt/jdk", ""));
    assertFalse(StandardInput.isClosed(null, "/opt/jdk", ""));
  }

  /** Appends a gzipped WARC record of an ordinary page to {@code warc}. */
  private void appendPage(Path warc) throws IOException {
    Path page = dir.resolve("page.warc.gz");
    try (FileChannel channel = FileChannel.open(page, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      writer.write(response("https://example.com/page", PAGE.getBytes(StandardCharsets.UTF_8),
          false));
    }
    Files.write(warc, Files.readAllBytes(page), StandardOpenOption.APPEND);
  }
}
