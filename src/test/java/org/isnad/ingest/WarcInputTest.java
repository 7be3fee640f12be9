package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives written in the test with jwarc, then read back through the ingestor. */
class WarcInputTest {
  private static final String PAGE = "<html><body><p>" + IngestorTest.SENTENCE + "</p></body></html>";
  @TempDir Path dir;

  private Path writeWarc(String name, WarcCompression compression, int copies) throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, compression)) {
      for (int i = 0; i < copies; i++) {
        writer.write(response("https://example.com/utf8/" + i, PAGE + i, StandardCharsets.UTF_8,
            "text/html; charset=utf-8"));
      }
      writer.write(response("https://example.com/cp1256", PAGE, Charset.forName("windows-1256"),
          "text/html; charset=windows-1256"));
      writer.write(response("https://example.com/logo.png", "not html", StandardCharsets.UTF_8,
          "image/png"));
    }
    return file;
  }

  /** A WARC response record of {@code body} in {@code charset}, served as {@code type}. */
  static WarcResponse response(String uri, String body, Charset charset, String type)
      throws IOException {
    byte[] bytes = body.getBytes(charset);
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Type", type)
        .body(MediaType.parse(type), bytes)
        .build();
    return new WarcResponse.Builder(URI.create(uri))
        .date(Instant.parse("2024-12-08T02:30:00Z"))
        .body(http)
        .build();
  }

  @Test
  void everyHtmlResponseBecomesADocumentWithItsUriAndDate() throws IOException {
    Path warc = writeWarc("crawl.warc", WarcCompression.NONE, 1);
    List<Document> documents = IngestorTest.ingest(warc.toString());
    assertEquals(2, documents.size(), "the PNG record is skipped");
    Document cp1256 = documents.get(1);
    assertEquals("https://example.com/cp1256", cp1256.hints().url());
    assertEquals("2024-12-08T02:30:00Z", cp1256.hints().published());
    assertEquals("windows-1256", cp1256.charset());
    assertEquals(Format.HTML, cp1256.format());
    assertTrue(cp1256.content().contains(IngestorTest.SENTENCE));
    assertTrue(cp1256.source().startsWith(warc + "#urn:uuid:"), cp1256.source());
  }

  @Test
  void theReadersWarningsAboutARecordStayOnItsDocument() throws IOException {
    Path warc = writeWarc("crawl.warc", WarcCompression.NONE, 1);
    String text = Files.readString(warc, StandardCharsets.ISO_8859_1);
    // the blank lines that close the first record, cut to one: an invalid record trailer
    int second = text.indexOf("WARC/1.", 1);
    String broken = text.substring(0, second - 4) + "\r\n" + text.substring(second);
    Path bad = dir.resolve("bad-trailer.warc");
    Files.writeString(bad, broken, StandardCharsets.ISO_8859_1);
    List<Document> documents = IngestorTest.ingest(bad.toString());
    assertEquals(2, documents.size(), "both pages are still read");
    assertTrue(IngestorTest.has(documents.get(0), "warc-warning"), documents.get(0).problems()
        .toString());
    assertFalse(IngestorTest.has(documents.get(1), "warc-warning"));
    assertFalse(documents.get(0).failed());
  }

  @Test
  void aSoundArchiveGivesNoReaderWarnings() throws IOException {
    Path warc = writeWarc("sound.warc", WarcCompression.NONE, 3);
    assertFalse(IngestorTest.ingest(warc.toString()).stream()
        .anyMatch(d -> IngestorTest.has(d, "warc-warning")));
  }

  @Test
  void gzippedArchivesAreRead() throws IOException {
    Path warc = writeWarc("crawl.warc.gz", WarcCompression.GZIP, 1);
    assertEquals(2, IngestorTest.ingest(warc.toString()).size());
  }

  @Test
  void aTruncatedArchiveKeepsTheRecordsBeforeTheDamageAndReportsTheFile() throws IOException {
    Path warc = writeWarc("crawl.warc.gz", WarcCompression.GZIP, 40);
    byte[] bytes = Files.readAllBytes(warc);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    List<Document> documents = IngestorTest.ingest(cut.toString());
    long good = documents.stream().filter(d -> !d.failed()).count();
    assertTrue(good > 5 && good < 40, "records before the cut: " + good);
    Document last = documents.get(documents.size() - 1);
    assertTrue(last.failed());
    assertTrue(IngestorTest.has(last, "truncated-archive"));
    assertFalse(documents.subList(0, documents.size() - 1).stream().anyMatch(Document::failed));
  }
}
