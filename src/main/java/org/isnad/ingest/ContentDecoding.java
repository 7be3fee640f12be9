package org.isnad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Removes an HTTP response's one {@code Content-Encoding} of gzip or deflate with the JDK's
 * streams, which fail on damaged data instead of spinning: jwarc 0.36.0's inflate channel never
 * returns on a body declared deflate that is not (a fuzzer finding, kept as a regression input).
 * Other encodings are left to jwarc.
 */
final class ContentDecoding {
  private ContentDecoding() {}

  /** Whether {@link #decode} handles this list of encodings (empty, identity, gzip, deflate). */
  static boolean handles(List<String> encodings) {
    return encodings.isEmpty() || encodings.size() == 1 && name(encodings.get(0)) != null;
  }

  /**
   * The decoded body, at most {@code limit} bytes.
   *
   * @throws IOException when the body is not what its encoding says
   */
  static byte[] decode(InputStream raw, List<String> encodings, int limit) throws IOException {
    String name = encodings.isEmpty() ? "identity" : name(encodings.get(0));
    if (name == null) {
      throw new IllegalArgumentException("unsupported content encoding: " + encodings);
    }
    return switch (name) {
      case "gzip" -> readAll(new GZIPInputStream(raw), limit);
      case "deflate" -> inflate(raw.readNBytes(limit), limit);
      default -> raw.readNBytes(limit);
    };
  }

  private static String name(String encoding) {
    String e = encoding.strip().toLowerCase(Locale.ROOT);
    return switch (e) {
      case "", "identity" -> "identity";
      case "gzip", "x-gzip" -> "gzip";
      case "deflate" -> "deflate";
      default -> null;
    };
  }

  /** HTTP "deflate" is zlib data, but servers also send raw deflate: the header tells. */
  private static byte[] inflate(byte[] compressed, int limit) throws IOException {
    boolean zlib = compressed.length >= 2 && (compressed[0] & 0x0F) == 8
        && (((compressed[0] & 0xFF) << 8) | (compressed[1] & 0xFF)) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    try {
      return readAll(new InflaterInputStream(new ByteArrayInputStream(compressed), inflater),
          limit);
    } finally {
      inflater.end();
    }
  }

  private static byte[] readAll(InputStream in, int limit) throws IOException {
    try (in) {
      return in.readNBytes(limit);
    }
  }
}
