package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 bytes in, the same characters out, however the bytes are cut. */
class WriterOutputStreamTest {
  private static final String TEXT = "قال المتحدث «لا تعليق» 😀 — ";

  private static String through(byte[] bytes, int chunk) throws IOException {
    StringWriter out = new StringWriter();
    try (WriterOutputStream stream = new WriterOutputStream(out)) {
      for (int i = 0; i < bytes.length; i += chunk) {
        stream.write(bytes, i, Math.min(chunk, bytes.length - i));
      }
    }
    return out.toString();
  }

  @Test
  void charactersCutBetweenWritesArriveWhole() throws IOException {
    String text = TEXT.repeat(500);  // past the 8 KiB buffers
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 3, 7, 8191, 8192, 8193, bytes.length}) {
      assertEquals(text, through(bytes, chunk), "chunk " + chunk);
    }
  }

  @Test
  void aTruncatedCharacterAtTheEndIsReplacedNotDropped() throws IOException {
    byte[] bytes = "قال".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    assertEquals("قا\uFFFD", through(cut, 1));
  }

  @Test
  void closeLeavesTheWriterOpen() throws IOException {
    StringWriter out = new StringWriter();
    new WriterOutputStream(out).close();
    out.write("still open");
    assertEquals("still open", out.toString());
  }
}
