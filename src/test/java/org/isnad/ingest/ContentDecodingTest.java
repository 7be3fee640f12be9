package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** HTTP content encodings removed with the JDK's streams; damaged data fails, never spins. */
class ContentDecodingTest {
  private static final byte[] PAGE = "<p>قصفت طائرات مجهولة مخزنا قرب القرية</p>"
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void zlibAndRawDeflateAndGzipAndIdentityDecode() throws IOException {
    assertArrayEquals(PAGE, decode(deflated(PAGE, false), "deflate"));
    assertArrayEquals(PAGE, decode(deflated(PAGE, true), "Deflate"));
    assertArrayEquals(PAGE, decode(gzipped(PAGE), "x-gzip"));
    assertArrayEquals(PAGE, decode(PAGE, "identity"));
    assertArrayEquals(PAGE, ContentDecoding.decode(new ByteArrayInputStream(PAGE), List.of(),
        1000));
  }

  @Test
  void aBodyDeclaredDeflateThatIsNotFailsInsteadOfSpinning() {
    // the fuzzer's finding: jwarc's inflate channel never returned on such a body
    byte[] html = "<html><head><meta charset=\"utf-8\"><title>خبر</title></head>"
        .getBytes(StandardCharsets.UTF_8);
    assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertThrows(IOException.class, () -> decode(html, "deflate")));
  }

  @Test
  void theLimitCapsTheDecodedBytes() throws IOException {
    byte[] big = new byte[100_000];
    assertEquals(1001, ContentDecoding.decode(new ByteArrayInputStream(deflated(big, false)),
        List.of("deflate"), 1001).length);
  }

  @Test
  void otherOrStackedEncodingsAreLeftToJwarc() {
    assertTrue(ContentDecoding.handles(List.of()));
    assertTrue(ContentDecoding.handles(List.of(" GZIP ")));
    assertFalse(ContentDecoding.handles(List.of("br")));
    assertFalse(ContentDecoding.handles(List.of("gzip", "deflate")));
    assertThrows(IllegalArgumentException.class, () -> ContentDecoding.decode(
        new ByteArrayInputStream(PAGE), List.of("br"), 10));
  }

  private static byte[] decode(byte[] body, String encoding) throws IOException {
    return ContentDecoding.decode(new ByteArrayInputStream(body), List.of(encoding), 1 << 20);
  }

  private static byte[] deflated(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflater = new DeflaterOutputStream(out,
        new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      deflater.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] gzipped(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    }
    return out.toByteArray();
  }
}
