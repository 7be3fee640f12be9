package org.isnad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.isnad.model.Format;

/**
 * Looks at the first bytes of an input: is it a known binary format (by magic number, or by a
 * high share of control bytes), and is it HTML or plain text. UTF-16 text, with or without a byte
 * order mark, is text: its zero bytes are not control characters.
 *
 * <p>Thread safe.
 */
final class ContentSniffer {
  private static final int WINDOW = 4096;
  private static final double MAX_CONTROL_SHARE = 0.05;

  private record Magic(String kind, byte[] prefix) {}

  private static final Magic[] MAGICS = {
      magic("PNG image", 0x89, 'P', 'N', 'G'),
      magic("JPEG image", 0xFF, 0xD8, 0xFF),
      magic("GIF image", 'G', 'I', 'F', '8'),
      magic("PDF document", '%', 'P', 'D', 'F'),
      magic("ZIP archive (or Office document)", 'P', 'K', 3, 4),
      magic("gzip data", 0x1F, 0x8B),
      magic("WebP/RIFF media", 'R', 'I', 'F', 'F'),
      magic("executable", 0x7F, 'E', 'L', 'F'),
  };

  private static Magic magic(String kind, int... bytes) {
    byte[] prefix = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      prefix[i] = (byte) bytes[i];
    }
    return new Magic(kind, prefix);
  }

  /** The kind of binary content the bytes hold, or empty when they look like text. */
  Optional<String> binaryKind(byte[] bytes) {
    for (Magic magic : MAGICS) {
      if (startsWith(bytes, magic.prefix())) {
        return Optional.of(magic.kind());
      }
    }
    return controlShare(bytes) > MAX_CONTROL_SHARE ? Optional.of("binary data") : Optional.empty();
  }

  /** HTML when the start of the text looks like markup, else TEXT. */
  Format format(String decodedStart) {
    String head = decodedStart.substring(0, Math.min(decodedStart.length(), WINDOW))
        .toLowerCase(Locale.ROOT);
    boolean html = head.stripLeading().startsWith("<") && (head.contains("<html")
        || head.contains("<!doctype") || head.contains("<body") || head.contains("<head")
        || head.contains("<div") || head.contains("<p"));
    return html ? Format.HTML : Format.TEXT;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Share of C0 control bytes other than tab, newline, carriage return and form feed. */
  private static double controlShare(byte[] bytes) {
    int n = Math.min(bytes.length, WINDOW);
    if (n == 0 || looksLikeUtf16(bytes) || Utf16Check.byteOrder(bytes, 0).isPresent()) {
      return 0;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control / (double) n;
  }

  private static boolean looksLikeUtf16(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
  }

  static String asciiStart(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, WINDOW), StandardCharsets.ISO_8859_1);
  }
}
