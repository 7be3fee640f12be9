package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Utf16CheckTest {
  static final String SENTENCE = "قال المتحدث باسم وزارة الخارجية (AFP) إن المحادثات ستستأنف";

  @Test
  void arabicAndLatinInEitherByteOrder() {
    assertEquals(Optional.of(StandardCharsets.UTF_16LE),
        Utf16Check.byteOrder(SENTENCE.getBytes(StandardCharsets.UTF_16LE), 0));
    assertEquals(Optional.of(StandardCharsets.UTF_16BE),
        Utf16Check.byteOrder(SENTENCE.getBytes(StandardCharsets.UTF_16BE), 0));
    assertEquals(Optional.of(StandardCharsets.UTF_16LE),
        Utf16Check.byteOrder("Hello, world".getBytes(StandardCharsets.UTF_16LE), 0));
  }

  @Test
  void eightBitTextIsNotUtf16() {
    assertEquals(Optional.empty(),
        Utf16Check.byteOrder(SENTENCE.getBytes(StandardCharsets.UTF_8), 0));
    assertEquals(Optional.empty(),
        Utf16Check.byteOrder(SENTENCE.getBytes(Charset.forName("windows-1256")), 0));
  }

  @Test
  void sixteenBitIntegersAreNotText() {
    ByteBuffer samples = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    for (short i = 0; samples.hasRemaining(); i++) {
      samples.putShort((short) (i % 31 + 1));
    }
    assertEquals(Optional.empty(), Utf16Check.byteOrder(samples.array(), 0));
  }

  @Test
  void twoCharactersProveNothing() {
    assertEquals(Optional.empty(), Utf16Check.byteOrder("نص".getBytes(StandardCharsets.UTF_16LE), 0));
  }
}
