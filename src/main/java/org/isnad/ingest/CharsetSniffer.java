package org.isnad.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a page's bytes. Rules, in order:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16LE, UTF-16BE) wins;
 *   <li>a charset declared by the container (HTTP {@code Content-Type} in a WARC record);
 *   <li>a {@code <meta charset>} or {@code http-equiv} declaration in the first 4 KB;
 *   <li>bytes that are valid UTF-8, or nearly so (a few broken sequences among many good ones),
 *       are UTF-8; broken sequences become U+FFFD and a warning;
 *   <li>otherwise ICU's detector, restricted to Arabic single-byte charsets (windows-1256,
 *       ISO-8859-6), falling back to windows-1256, the most common legacy Arabic charset.
 * </ol>
 *
 * A declaration that contradicts the bytes (declared UTF-8 but invalid, or declared a legacy
 * charset while the bytes are valid multi-byte UTF-8) is overridden and reported.
 *
 * <p>Thread safe.
 */
final class CharsetSniffer {
  private static final int META_WINDOW = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** The chosen charset, how many BOM bytes to skip, and a note when a declaration was wrong. */
  record Choice(Charset charset, int bomLength, String mismatch) {}

  Choice choose(byte[] bytes, String declared) {
    Choice bom = byBom(bytes);
    if (bom != null) {
      return bom;
    }
    Charset stated = declared != null ? lookup(declared) : fromMeta(bytes);
    boolean utf8 = isValidUtf8(bytes);
    if (stated != null) {
      return checked(stated, utf8, bytes);
    }
    if (utf8 || Utf8Check.mostlyUtf8(bytes)) {
      return new Choice(StandardCharsets.UTF_8, 0, null);
    }
    return new Choice(detectLegacy(bytes), 0, null);
  }

  private Choice checked(Charset stated, boolean utf8, byte[] bytes) {
    boolean statedUtf8 = stated.equals(StandardCharsets.UTF_8);
    if (statedUtf8 && !utf8 && !Utf8Check.mostlyUtf8(bytes)) {
      Charset legacy = detectLegacy(bytes);
      return new Choice(legacy, 0, "declared UTF-8 but the bytes are not valid UTF-8; decoded as "
          + legacy.name());
    }
    if (!statedUtf8 && utf8 && hasMultiByteSequences(bytes) && isSingleByte(stated)) {
      return new Choice(StandardCharsets.UTF_8, 0, "declared " + stated.name()
          + " but the bytes are valid UTF-8; decoded as UTF-8");
    }
    return new Choice(stated, 0, null);
  }

  private static Choice byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Choice(StandardCharsets.UTF_8, 3, null);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Choice(StandardCharsets.UTF_16LE, 2, null);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Choice(StandardCharsets.UTF_16BE, 2, null);
    }
    return null;
  }

  private static Charset fromMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW),
        StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? lookup(m.group(1)) : null;
  }

  /** The charset named {@code name}, or {@code null} when the JDK does not know it. */
  static Charset lookup(String name) {
    String clean = name.trim().toLowerCase(Locale.ROOT).replace("\"", "");
    if (clean.equals("arabic") || clean.equals("cp1256")) {
      clean = "windows-1256";
    }
    try {
      return Charset.isSupported(clean) ? Charset.forName(clean) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasMultiByteSequences(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** False for decode-only charsets (x-JISAutoDetect, ISO-2022-CN), which have no encoder. */
  private static boolean isSingleByte(Charset charset) {
    return charset.canEncode() && charset.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  private static Charset detectLegacy(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.equalsIgnoreCase("windows-1256") || name.equalsIgnoreCase("ISO-8859-6")) {
        return Charset.forName(name);
      }
    }
    return WINDOWS_1256;
  }
}
