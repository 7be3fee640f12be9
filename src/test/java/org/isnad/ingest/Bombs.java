package org.isnad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes gzip decompression bombs cheaply: one megabyte of zeros is deflated once (with a full
 * flush, so the block is byte aligned and refers to nothing before it) and its bytes repeated,
 * so a member that expands to gigabytes is written in a few megabytes, in well under a second,
 * with little memory. The member is valid gzip, CRC and length included.
 */
final class Bombs {
  private static final int CHUNK = 1 << 20;

  private Bombs() {}

  /** A gzip member expanding to {@code prefix}, then {@code zeros} zero bytes, then {@code suffix}. */
  static void writeMember(OutputStream out, byte[] prefix, long zeros, byte[] suffix)
      throws IOException {
    writeMember(out, prefix, zeros, (byte) 0, suffix);
  }

  /** A gzip member expanding to {@code prefix}, {@code count} bytes {@code fill}, {@code suffix}. */
  static void writeMember(OutputStream out, byte[] prefix, long count, byte fill, byte[] suffix)
      throws IOException {
    long zeros = count;
    if (zeros % CHUNK != 0) {
      throw new IllegalArgumentException("zeros must be whole megabytes: " + zeros);
    }
    out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
    out.write(flushed(prefix, false));
    byte[] zeroChunk = new byte[CHUNK];
    java.util.Arrays.fill(zeroChunk, fill);
    byte[] zeroBlock = flushed(zeroChunk, false);
    CRC32 crc = new CRC32();
    crc.update(prefix);
    for (long written = 0; written < zeros; written += CHUNK) {
      out.write(zeroBlock);
      crc.update(zeroChunk);
    }
    out.write(flushed(suffix, true));
    crc.update(suffix);
    long size = prefix.length + zeros + suffix.length;
    writeIntLe(out, crc.getValue());
    writeIntLe(out, size);
  }

  /** A gzip stream expanding to {@code zeros} zero bytes, in memory (about zeros / 1000 bytes). */
  static byte[] gzipOfZeros(long zeros) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeMember(out, new byte[0], zeros, new byte[0]);
    return out.toByteArray();
  }

  /**
   * A {@code .warc.gz} member holding one HTML response record whose body is {@code zeros}
   * zero bytes: a record-level bomb.
   */
  static void writeRecordBomb(OutputStream out, long zeros) throws IOException {
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + "Content-Length: " + zeros + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] warc = ("WARC/1.0\r\nWARC-Type: response\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-0000000b0b00>\r\n"
        + "WARC-Date: 2024-12-08T02:30:00Z\r\nWARC-Target-URI: https://example.com/bomb\r\n"
        + "Content-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + (http.length + zeros) + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] prefix = new byte[warc.length + http.length];
    System.arraycopy(warc, 0, prefix, 0, warc.length);
    System.arraycopy(http, 0, prefix, warc.length, http.length);
    writeMember(out, prefix, zeros, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** Raw deflate of {@code input}: full-flushed (byte aligned, not final) or {@code last}. */
  /** A {@code .warc.gz} member whose WARC header has one line of {@code length} letters. */
  static void writeHeaderBomb(OutputStream out, long length) throws IOException {
    writeMember(out, "WARC/1.0\r\nWARC-Type: response\r\nX-Long: "
        .getBytes(StandardCharsets.US_ASCII), length, (byte) 'a',
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A {@code .warc.gz} member holding one response record whose HTTP header has one line of
   * {@code length} letters.
   */
  static void writeHttpHeaderBomb(OutputStream out, long length) throws IOException {
    byte[] http = "HTTP/1.1 200 OK\r\nX-Long: ".getBytes(StandardCharsets.US_ASCII);
    byte[] warc = ("WARC/1.0\r\nWARC-Type: response\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-0000000b0b01>\r\n"
        + "WARC-Date: 2024-12-08T02:30:00Z\r\nWARC-Target-URI: https://example.com/long\r\n"
        + "Content-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + (http.length + length + 4) + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] prefix = new byte[warc.length + http.length];
    System.arraycopy(warc, 0, prefix, 0, warc.length);
    System.arraycopy(http, 0, prefix, warc.length, http.length);
    writeMember(out, prefix, length, (byte) 'a',
        "\r\n\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] flushed(byte[] input, boolean last) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(input);
      if (last) {
        deflater.finish();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (true) {
        int n = last ? deflater.deflate(buffer)
            : deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        out.write(buffer, 0, n);
        if (last ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
          return out.toByteArray();
        }
      }
    } finally {
      deflater.end();
    }
  }

  private static void writeIntLe(OutputStream out, long value) throws IOException {
    for (int i = 0; i < 4; i++) {
      out.write((int) (value >>> (8 * i)) & 0xff);
    }
  }
}
