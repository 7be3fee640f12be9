package org.isnad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds UTF-16 without a byte order mark by where its zero bytes are.
 *
 * <p>In UTF-16, Arabic letters (U+06xx) have a high byte of 0x06 and ASCII a high byte of 0x00, so
 * in Arabic or Latin text nearly every other byte is 0x00 or 0x06 while the bytes between are
 * almost never zero. Text in UTF-8 or an 8-bit charset has no zero bytes and no 0x06 at all. The
 * decoded start must also be free of control characters, so binary data with a regular pattern of
 * zeros (16-bit integers) stays binary.
 *
 * <p>Looks at the first {@link #WINDOW} bytes only: constant time. Thread safe (stateless).
 */
final class Utf16Check {
  /** Bytes examined: enough for a paragraph, small enough to cost nothing. */
  static final int WINDOW = 4096;
  /** Share of code units whose high byte is 0x00 or 0x06: Arabic/Latin text is near 1.0. */
  static final double MIN_HIGH_SHARE = 0.7;
  /** Share of code units whose low byte is 0x00: text almost never (U+0600, U+0700 are rare). */
  static final double MAX_LOW_ZERO_SHARE = 0.05;
  /** Share of decoded characters that may be controls (as in {@link ContentSniffer}). */
  static final double MAX_CONTROL_SHARE = 0.05;
  /** Code units needed before a guess: one or two characters prove nothing. */
  static final int MIN_UNITS = 4;

  private Utf16Check() {}

  /** UTF-16LE or UTF-16BE when {@code bytes[from..]} looks like BOM-less UTF-16 text. */
  static Optional<Charset> byteOrder(byte[] bytes, int from) {
    int units = Math.min(bytes.length - from, WINDOW) / 2;
    if (units < MIN_UNITS) {
      return Optional.empty();
    }
    if (looksLike(bytes, from + 1, from, units)) {
      return textual(bytes, from, units, StandardCharsets.UTF_16LE);
    }
    if (looksLike(bytes, from, from + 1, units)) {
      return textual(bytes, from, units, StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /**
   * True when {@code bytes[from..]} holds at least {@link #MIN_UNITS} code units' worth of bytes
   * and no zero byte in the window: no UTF-16 text of Arabic or Latin (nor, with a space or a line
   * end, of any script) looks like that.
   */
  static boolean hasNoZeros(byte[] bytes, int from) {
    int end = Math.min(bytes.length, from + WINDOW);
    if (end - from < 2 * MIN_UNITS) {
      return false;
    }
    for (int i = from; i < end; i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLike(byte[] bytes, int highAt, int lowAt, int units) {
    int high = 0;
    int lowZero = 0;
    for (int u = 0; u < units; u++) {
      byte h = bytes[highAt + 2 * u];
      high += h == 0 || h == 6 ? 1 : 0;
      lowZero += bytes[lowAt + 2 * u] == 0 ? 1 : 0;
    }
    return high >= MIN_HIGH_SHARE * units && lowZero <= MAX_LOW_ZERO_SHARE * units;
  }

  private static Optional<Charset> textual(byte[] bytes, int from, int units, Charset order) {
    String start = new String(bytes, from, units * 2, order);
    long controls = start.chars()
        .filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
    return controls <= MAX_CONTROL_SHARE * start.length() ? Optional.of(order) : Optional.empty();
  }
}
