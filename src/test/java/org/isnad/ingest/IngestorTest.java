package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  static final Path FIXTURES = Path.of("src/test/resources/org/isnad/ingest");
  static final String SENTENCE = "قال المتحدث باسم وزارة الخارجية إن المحادثات ستستأنف";
  @TempDir Path dir;

  static List<Document> ingest(String... inputs) {
    List<Document> documents = new ArrayList<>();
    new Ingestor().ingest(List.of(inputs), documents::add);
    return documents;
  }

  static Document one(String name) {
    List<Document> documents = ingest(FIXTURES.resolve(name).toString());
    assertEquals(1, documents.size());
    return documents.get(0);
  }

  static boolean has(Document document, String code) {
    return document.problems().stream().anyMatch(p -> p.code() == ProblemCode.of(code));
  }

  @Test
  void windows1256DeclaredInMeta() {
    Document document = one("cp1256-meta.html");
    assertEquals("windows-1256", document.charset());
    assertEquals(Format.HTML, document.format());
    assertTrue(document.content().contains(SENTENCE));
  }

  @Test
  void windows1256FoundByTheDetector() {
    Document document = one("cp1256-undeclared.html");
    assertTrue(document.content().contains(SENTENCE), document.content());
  }

  @Test
  void iso88596FoundByTheDetector() {
    Document document = one("iso-8859-6.txt");
    assertTrue(document.content().contains(SENTENCE), document.charset() + ": " + document.content());
  }

  @Test
  void utf8ByteOrderMarkIsNotContent() {
    Document document = one("utf8-bom.txt");
    assertEquals("UTF-8", document.charset());
    assertTrue(document.content().startsWith("قال"));
  }

  @Test
  void utf16WithByteOrderMark() {
    Document document = one("utf16le-bom.txt");
    assertEquals("UTF-16LE", document.charset());
    assertTrue(document.content().startsWith(SENTENCE));
  }

  @Test
  void aPageThatLiesAboutItsCharsetIsDecodedRightWithAWarning() {
    Document document = one("declared-utf8-but-cp1256.html");
    assertTrue(document.content().contains(SENTENCE));
    assertTrue(has(document, "charset-mismatch"), document.problems().toString());
  }

  @Test
  void invalidUtf8IsReadWithReplacementsAndAWarning() {
    Document document = one("invalid-utf8.txt");
    assertFalse(document.failed());
    assertEquals("UTF-8", document.charset());
    assertTrue(document.content().contains("\uFFFD"));
    assertTrue(has(document, "undecodable-bytes"));
  }

  @Test
  void imagesAndPdfsAreFailedDocumentsNamingTheKind() {
    Document png = one("tiny.png");
    Document pdf = one("tiny.pdf");
    assertTrue(png.failed() && has(png, "binary-content"));
    assertTrue(png.problems().get(0).message().contains("PNG"));
    assertTrue(pdf.failed() && pdf.problems().get(0).message().contains("PDF"));
  }

  @Test
  void emptyFileIsAFailedDocument() {
    Document document = one("empty.txt");
    assertTrue(document.failed() && has(document, "empty"));
  }

  @Test
  void htmlWithoutBodyIsReadAsHtml() {
    Document document = one("no-body.html");
    assertFalse(document.failed());
    assertEquals(Format.HTML, document.format());
  }

  @Test
  void jsonLinesGiveOneDocumentPerLineAndABadLineFailsAlone() {
    List<Document> documents = ingest(FIXTURES.resolve("feed.jsonl").toString());
    assertEquals(4, documents.size());
    assertEquals(Format.TEXT, documents.get(0).format());
    assertEquals("https://example.com/a", documents.get(0).hints().url());
    assertEquals("2024-12-08", documents.get(0).hints().published());
    assertEquals("مثال", documents.get(0).hints().outlet());
    assertEquals(Format.HTML, documents.get(1).format());
    assertTrue(documents.get(2).failed() && has(documents.get(2), "bad-json"));
    assertTrue(documents.get(3).failed());
    assertTrue(documents.get(2).source().endsWith("feed.jsonl:3"));
  }

  @Test
  void standardInputIsSniffed() {
    byte[] html = "<html><body><p>نص</p></body></html>".getBytes(StandardCharsets.UTF_8);
    List<Document> documents = new ArrayList<>();
    new Ingestor(new ByteArrayInputStream(html), Ingestor.DEFAULT_MAX_BYTES)
        .ingest(List.of("-"), documents::add);
    assertEquals(Format.HTML, documents.get(0).format());
    assertEquals("-", documents.get(0).source());
  }

  @Test
  void directoriesAreReadRecursivelyInPathOrderSkippingHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/c/z.txt"), "ثالث");
    Files.writeString(dir.resolve("b/a.txt"), "ثان");
    Files.writeString(dir.resolve("a.txt"), "أول");
    Files.writeString(dir.resolve(".git/config"), "مخفي");
    List<Document> documents = ingest(dir.toString());
    assertEquals(List.of("أول", "ثان", "ثالث"), documents.stream().map(Document::content).toList());
  }

  @Test
  void exactDuplicatesAreProcessedOnceAndReported() throws IOException {
    Files.writeString(dir.resolve("one.txt"), SENTENCE);
    Files.writeString(dir.resolve("two.txt"), SENTENCE);
    List<Document> documents = ingest(dir.toString());
    assertNull(documents.get(0).duplicateOf());
    assertEquals(documents.get(0).id(), documents.get(1).duplicateOf());
    assertTrue(has(documents.get(1), "duplicate"));
    assertFalse(documents.get(0).id().equals(documents.get(1).id()));
  }

  @Test
  void idsDependOnContentNotOnOrder() throws IOException {
    Files.writeString(dir.resolve("one.txt"), "نص أول");
    Files.writeString(dir.resolve("two.txt"), "نص ثان");
    String one = dir.resolve("one.txt").toString();
    String two = dir.resolve("two.txt").toString();
    assertEquals(ingest(one, two).get(0).id(), ingest(two, one).get(1).id());
  }

  @Test
  void aFiftyMegabytePageIsRead() throws IOException {
    Path big = dir.resolve("big.txt");
    byte[] line = (SENTENCE + ".\n").getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L << 20; written += line.length) {
        out.write(line);
      }
    }
    Document document = ingest(big.toString()).get(0);
    assertFalse(document.failed());
    assertTrue(document.content().length() > 25_000_000);
  }

  @Test
  void pagesAboveTheLimitAreFailedNotRead() throws IOException {
    Path page = dir.resolve("page.txt");
    Files.writeString(page, SENTENCE);
    List<Document> documents = new ArrayList<>();
    new Ingestor(System.in, 10).ingest(List.of(page.toString()), documents::add);
    assertTrue(has(documents.get(0), "too-large"));
  }

  @Test
  void aFileLongerThanItsStatedSizeIsReadOnlyUpToTheLimit() {
    Path proc = Path.of("/proc/self/status");  // a regular file whose stated size is 0
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(proc), "needs Linux /proc");
    List<Document> documents = new ArrayList<>();
    new Ingestor(System.in, 10).ingest(List.of(proc.toString()), documents::add);
    assertTrue(has(documents.get(0), "too-large"), documents.get(0).problems().toString());
  }

  @Test
  void missingPathIsACallerMistakeNamingThePath() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ingest(dir.resolve("missing.html").toString()));
    assertTrue(e.getMessage().contains("missing.html"));
  }

  @Test
  void nullInputsAreACallerMistake() {
    List<String> inputs = new ArrayList<>();
    inputs.add(null);
    assertThrows(IllegalArgumentException.class, () -> new Ingestor().ingest(inputs, d -> { }));
  }
}
