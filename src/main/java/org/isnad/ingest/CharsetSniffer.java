package org.isnad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;

/**
 * Decodes a page's bytes by what the bytes are, stretch by stretch where they differ, and says
 * what it decided. Rules, in order:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16LE, UTF-16BE) wins over any declaration, except a UTF-16
 *       mark over bytes without a single zero byte (UTF-16 text has them: ASCII, spaces, line
 *       ends), which is ignored;
 *   <li>UTF-16 without a byte order mark is found by its zero and 0x06 bytes ({@link Utf16Check});
 *   <li>a declared UTF-16 or UTF-32 over bytes without that pattern is ignored;
 *   <li>bytes that are valid UTF-8 are UTF-8, whatever was declared (a declaration of another
 *       charset over valid multi-byte UTF-8 is overridden);
 *   <li>otherwise the bytes are split into UTF-8 and non-UTF-8 runs ({@link Utf8Check#runs}) and
 *       each run is decoded on its own ({@link SegmentDecoder}): a few stray bytes in UTF-8 become
 *       U+FFFD, a stretch in a legacy charset is read with the declared charset or the Arabic
 *       candidate that gives Arabic letters.
 * </ol>
 *
 * The declared charset is the container's (HTTP {@code Content-Type} in a WARC record), else a
 * {@code <meta charset>} or {@code http-equiv} in the first 4 KB. Every decision that is not a
 * plain confirmation of the declaration becomes a warning ({@link DecodingNotes}), and so does a
 * doubtful result ({@link DecodingDoubts}).
 *
 * <p>The decoded text is one string for the whole input (without the byte order mark): offsets
 * into it are offsets into the document. Linear time. Thread safe (stateless).
 */
final class CharsetSniffer {
  private static final int META_WINDOW = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  /** A declared charset and who declared it, as a phrase ("the page's <meta> declares"). */
  record Declaration(Charset charset, String by) {
    boolean isUtf8() {
      return charset.equals(StandardCharsets.UTF_8);
    }
  }

  /** Decoded text and the charsets used ({@code UTF-8}, or {@code UTF-8+windows-1256}). */
  record Decoded(String text, String charset) {}

  /** The decoded text, the charsets used, and the warnings about how. */
  record Decoding(String text, String charset, List<Problem> problems) {}

  /**
   * Decodes {@code bytes}.
   *
   * @param container a charset named by the container (HTTP header), or {@code null}
   */
  Decoding decode(byte[] bytes, String container) {
    DecodingNotes notes = new DecodingNotes();
    Declaration declared = declaration(bytes, container, notes);
    Decoded decoded = decodeBytes(bytes, declared, notes);
    DecodingDoubts.review(decoded, declared, notes);
    return new Decoding(decoded.text(), decoded.charset(), notes.problems());
  }

  /**
   * Decodes {@code bytes} that are {@code text} encoded as UTF-8, as a container that holds
   * decoded text gives them (a JSON string without unpaired surrogates): the same result as
   * {@code decode(bytes, "UTF-8")}, without decoding the bytes again when nothing in them could
   * read otherwise (no byte order mark, no zero or 0x06 byte where UTF-16 is looked for).
   */
  Decoding decodeUtf8(byte[] bytes, String text) {
    if (!plainUtf8(text)) {
      return decode(bytes, StandardCharsets.UTF_8.name());
    }
    DecodingNotes notes = new DecodingNotes();
    Declaration declared = declaration(bytes, StandardCharsets.UTF_8.name(), notes);
    Decoded decoded = new Decoded(text, StandardCharsets.UTF_8.name());
    DecodingDoubts.review(decoded, declared, notes);
    return new Decoding(text, decoded.charset(), notes.problems());
  }

  /**
   * True when the UTF-8 bytes of {@code text} start with no byte order mark and have no 0x00 or
   * 0x06 byte in the window {@link Utf16Check} reads (only U+0000 and U+0006 give those bytes).
   */
  private static boolean plainUtf8(String text) {
    if (text.startsWith("\uFEFF")) {
      return false;
    }
    int end = Math.min(text.length(), Utf16Check.WINDOW);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u0000' || c == '\u0006') {
        return false;
      }
    }
    return true;
  }

  private static Decoded decodeBytes(byte[] bytes, Declaration declared, DecodingNotes notes) {
    Optional<Charset> bom = byteOrderMark(bytes);
    if (bom.isPresent()) {
      return byBom(bytes, bom.get(), declared, notes);
    }
    Optional<Charset> utf16 = Utf16Check.byteOrder(bytes, 0);
    if (utf16.isPresent()) {
      return utf16(bytes, utf16.get(), declared, notes);
    }
    if (declared != null && isWide(declared.charset())) {
      Decoded decoded = byBytes(bytes, 0, null, notes);
      notes.add(ProblemCode.CHARSET_MISMATCH, declared.by() + " " + declared.charset().name()
          + " but the bytes have none of the zero bytes such text has; decoded as "
          + decoded.charset());
      return decoded;
    }
    return byBytes(bytes, 0, declared, notes);
  }

  private static Decoded byBom(byte[] bytes, Charset bom, Declaration declared,
      DecodingNotes notes) {
    if (!bom.equals(StandardCharsets.UTF_8) && Utf16Check.hasNoZeros(bytes, 2)) {
      boolean wide = declared != null && isWide(declared.charset());
      Decoded decoded = byBytes(bytes, 2, wide ? null : declared, notes);
      notes.add(ProblemCode.CHARSET_MISMATCH,
          "the bytes start with a " + bom.name() + " byte order "
          + "mark but have none of the zero bytes such text has; decoded as " + decoded.charset());
      return decoded;
    }
    if (declared != null && !sameFamily(declared.charset(), bom)) {
      notes.add(ProblemCode.CHARSET_MISMATCH, declared.by() + " " + declared.charset().name()
          + " but the bytes start with a " + bom.name() + " byte order mark; decoded as "
          + bom.name());
    }
    if (bom.equals(StandardCharsets.UTF_8)) {
      return byBytes(bytes, 3, new Declaration(bom, "the byte order mark says"), notes);
    }
    return new Decoded(new String(bytes, 2, bytes.length - 2, bom), bom.name());
  }

  private static Decoded utf16(byte[] bytes, Charset order, Declaration declared,
      DecodingNotes notes) {
    String why = "every other byte is 0x00 or 0x06, as in " + order.name() + " text without a "
        + "byte order mark; decoded as " + order.name();
    if (declared == null) {
      notes.add(ProblemCode.CHARSET_GUESSED, "no charset declared but " + why);
    } else if (!declared.charset().equals(order)
        && !declared.charset().equals(StandardCharsets.UTF_16)) {
      notes.add(ProblemCode.CHARSET_MISMATCH, declared.by() + " " + declared.charset().name()
          + " but " + why);
    }
    return new Decoded(new String(bytes, order), order.name());
  }

  private static Decoded byBytes(byte[] bytes, int from, Declaration declared,
      DecodingNotes notes) {
    if (!Utf8Check.isValid(bytes, from)) {
      Utf8Check.Runs runs = Utf8Check.runs(bytes, from);
      if (runs.capped()) {
        notes.add(ProblemCode.DECODING_DOUBTFUL,
            "the bytes switch between UTF-8 and another charset "
            + "more than " + Utf8Check.MAX_RAW_RUNS + " times; decoded as one charset");
      }
      return new SegmentDecoder(bytes, declared, notes).decode(runs.runs());
    }
    Charset charset = StandardCharsets.UTF_8;
    if (declared != null && !declared.isUtf8()) {
      if (Utf8Check.hasNonAscii(bytes, from)) {
        notes.add(ProblemCode.CHARSET_MISMATCH, declared.by() + " " + declared.charset().name()
            + " but the bytes are valid UTF-8; decoded as UTF-8");
      } else {
        charset = declared.charset();
      }
    }
    return new Decoded(new String(bytes, from, bytes.length - from, charset), charset.name());
  }

  private static Declaration declaration(byte[] bytes, String container, DecodingNotes notes) {
    Declaration byContainer = named(container, "the container declares", notes);
    return byContainer != null ? byContainer
        : named(metaCharset(bytes), "the page's <meta> declares", notes);
  }

  private static Declaration named(String name, String by, DecodingNotes notes) {
    if (name == null) {
      return null;
    }
    Charset charset = lookup(name);
    if (charset == null) {
      notes.add(ProblemCode.CHARSET_UNKNOWN, by + " \"" + name + "\", a charset this JDK does not "
          + "know; ignored");
      return null;
    }
    return new Declaration(charset, by);
  }

  private static Optional<Charset> byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW),
        StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
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

  /** UTF-16 and UTF-32 in any byte order: charsets whose ASCII has zero bytes. */
  private static boolean isWide(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("X-UTF-32");
  }

  private static boolean sameFamily(Charset declared, Charset bom) {
    return declared.equals(bom) || isWide(declared) && isWide(bom)
        && declared.name().startsWith("UTF-16") == bom.name().startsWith("UTF-16");
  }
}
