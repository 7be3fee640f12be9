package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {
  static final Charset CP1256 = Charset.forName("windows-1256");
  static final String SENTENCE = "قال المتحدث باسم وزارة الخارجية إن المحادثات ستستأنف";

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void validityIsStrict() {
    assertTrue(Utf8Check.isValid(SENTENCE.getBytes(StandardCharsets.UTF_8), 0));
    assertFalse(Utf8Check.isValid(bytes(0xC0, 0xAF), 0), "overlong slash");
    assertFalse(Utf8Check.isValid(bytes(0xE0, 0x80, 0xAF), 0), "overlong slash, three bytes");
    assertFalse(Utf8Check.isValid(bytes(0xED, 0xA0, 0x80), 0), "surrogate");
    assertFalse(Utf8Check.isValid(bytes(0xF4, 0x90, 0x80, 0x80), 0), "above U+10FFFF");
    assertFalse(Utf8Check.isValid(bytes(0xD8), 0), "cut sequence");
    assertTrue(Utf8Check.isValid(bytes(0xEF, 0xBB, 0xBF, 'a'), 3), "from an offset");
  }

  @Test
  void strayBytesInUtf8AreOneUtf8Run() {
    byte[] text = SENTENCE.getBytes(StandardCharsets.UTF_8);
    byte[] input = concat(bytes(0xFF), text, bytes(' ', 0x80, ' '), text);
    assertEquals(List.of(new Utf8Check.Run(0, input.length, true)),
        Utf8Check.runs(input, 0).runs());
  }

  @Test
  void aLegacyHalfIsItsOwnRunStartingAtItsFirstWord() {
    byte[] utf8 = (SENTENCE + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] legacy = SENTENCE.getBytes(CP1256);
    List<Utf8Check.Run> runs = Utf8Check.runs(concat(utf8, legacy), 0).runs();
    assertEquals(List.of(new Utf8Check.Run(0, utf8.length, true),
        new Utf8Check.Run(utf8.length, utf8.length + legacy.length, false)), runs);
  }

  @Test
  void anAccidentalUtf8PairInsideWindows1256IsOutvoted() {
    byte[] legacy = (SENTENCE + "، " + "ة، " + SENTENCE).getBytes(CP1256);
    List<Utf8Check.Run> runs = Utf8Check.runs(legacy, 0).runs();
    assertEquals(List.of(new Utf8Check.Run(0, legacy.length, false)), runs);
  }

  @Test
  void tooManySwitchesGiveOneRunOfTheMajorityKind() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i <= Utf8Check.MAX_RAW_RUNS; i++) {
      out.writeBytes("من ".getBytes(StandardCharsets.UTF_8));
      out.writeBytes(bytes(0xC7, ' '));
    }
    byte[] input = out.toByteArray();
    Utf8Check.Runs runs = Utf8Check.runs(input, 0);
    assertTrue(runs.capped());
    assertEquals(List.of(new Utf8Check.Run(0, input.length, true)), runs.runs());
  }
}
