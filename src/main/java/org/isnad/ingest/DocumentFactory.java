package org.isnad.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.SourceHints;
import org.isnad.model.Stage;

/**
 * Turns raw bytes into a {@link Document}: hashes them, spots duplicates and binary content,
 * decodes them ({@link CharsetSniffer}: by what the bytes are, with a warning for every decision
 * and doubt) and chooses the format. Never throws on content.
 *
 * <p>Not thread safe: it remembers the hashes seen in this run.
 */
final class DocumentFactory {
  private static final int ID_HEX = 12;
  private final CharsetSniffer charsets = new CharsetSniffer();
  private final ContentSniffer sniffer = new ContentSniffer();
  private final Map<String, String> firstIdByHash = new HashMap<>();
  private final Map<String, String> firstSourceByHash = new HashMap<>();

  /**
   * Builds a document.
   *
   * @param format the format implied by the container or extension, or {@code null} to sniff
   * @param declaredCharset a charset named by the container (HTTP header), or {@code null}
   */
  Document create(String source, byte[] bytes, Format format, String declaredCharset,
      SourceHints hints) {
    return create(source, bytes, null, format, declaredCharset, hints);
  }

  /**
   * Builds a document from text a container held already decoded (a JSON string without
   * unpaired surrogates): the same document as {@code create} of its UTF-8 bytes declared
   * UTF-8, without decoding them again.
   */
  Document createDecoded(String source, String text, Format format, SourceHints hints) {
    return create(source, text.getBytes(StandardCharsets.UTF_8), text, format,
        StandardCharsets.UTF_8.name(), hints);
  }

  private Document create(String source, byte[] bytes, String text, Format format,
      String declaredCharset, SourceHints hints) {
    String sha = sha256(bytes);
    String first = firstIdByHash.get(sha);
    Problem unusable = unusable(source, bytes);
    if (first != null) {
      return unusable != null ? failedCopy(source, sha, hints, unusable)
          : duplicate(source, sha, first, hints);
    }
    String id = "d" + sha.substring(0, ID_HEX);
    firstIdByHash.put(sha, id);
    firstSourceByHash.put(sha, source);
    if (unusable != null) {
      return new Document(id, source, sha, Format.TEXT, null, "", hints, null,
          List.of(unusable));
    }
    return decoded(id, source, sha, bytes, text, format, declaredCharset, hints);
  }

  /** Why these bytes cannot be a page (empty, binary), or {@code null} when they can. */
  private Problem unusable(String source, byte[] bytes) {
    if (bytes.length == 0 || isBlank(bytes)) {
      return Problem.error(Stage.INGEST, ProblemCode.EMPTY, "the input is empty: " + source);
    }
    Optional<String> binary = sniffer.binaryKind(bytes);
    return binary.map(kind -> Problem.error(Stage.INGEST, ProblemCode.BINARY_CONTENT,
        "not a text or HTML page but " + kind + ": " + source)).orElse(null);
  }

  /**
   * A failing input with the same bytes as an earlier one: failed in its own right (so it is
   * counted among the failures), not hidden as a duplicate.
   */
  private Document failedCopy(String source, String sha, SourceHints hints, Problem problem) {
    return failedCopy(source, sha, hints, problem, firstSourceByHash.get(sha));
  }

  private static Document failedCopy(String source, String sha, SourceHints hints,
      Problem problem, String firstSource) {
    Problem named = new Problem(problem.stage(), problem.severity(), problem.code(),
        problem.message() + " (the same bytes as " + firstSource + ")");
    return new Document(copyId(source, sha), source, sha, Format.TEXT, null, "", hints, null,
        List.of(named));
  }

  /**
   * The document {@code read} (made as the first of its bytes by another factory) becomes when
   * the document {@code firstId} read from {@code firstSource} had the same bytes earlier in the
   * run: what one factory reading both gives (see {@link Ingestor#sameBytesAs}).
   */
  static Document copyOf(Document read, String firstId, String firstSource) {
    Problem only = read.problems().size() == 1 ? read.problems().get(0) : null;
    boolean unusable = read.content().isEmpty() && only != null
        && (only.code() == ProblemCode.EMPTY || only.code() == ProblemCode.BINARY_CONTENT);
    return unusable ? failedCopy(read.source(), read.sha256(), read.hints(), only, firstSource)
        : duplicate(read.source(), read.sha256(), firstId, read.hints(), firstSource);
  }

  /** True when {@code document} was made as the first reading of its bytes (not a copy). */
  static boolean firstOfItsBytes(Document document) {
    String sha = document.sha256();
    return document.duplicateOf() == null && sha.length() >= ID_HEX
        && document.id().equals("d" + sha.substring(0, ID_HEX));
  }

  /** A document for an input that could not be read at all. */
  Document unreadable(String source, ProblemCode code, String message) {
    String sha = sha256((source + "\u0000" + code.code()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return failed("d" + sha.substring(0, ID_HEX), source, "", SourceHints.none(), code, message);
  }

  private Document decoded(String id, String source, String sha, byte[] bytes, String text,
      Format format, String declaredCharset, SourceHints hints) {
    CharsetSniffer.Decoding decoding = text != null ? charsets.decodeUtf8(bytes, text)
        : charsets.decode(bytes, declaredCharset);
    Format chosen = format != null ? format : sniffer.format(decoding.text());
    return new Document(id, source, sha, chosen, decoding.charset(), decoding.text(), hints, null,
        decoding.problems());
  }

  private Document duplicate(String source, String sha, String first, SourceHints hints) {
    return duplicate(source, sha, first, hints, firstSourceByHash.get(sha));
  }

  private static Document duplicate(String source, String sha, String first, SourceHints hints,
      String firstSource) {
    String id = copyId(source, sha);
    Problem problem = Problem.warning(Stage.INGEST, ProblemCode.DUPLICATE,
        "same bytes as " + firstSource + "; processed once");
    return new Document(id, source, sha, Format.TEXT, null, "", hints, first, List.of(problem));
  }

  private static String copyId(String source, String sha) {
    return "d" + sha256((source + "\u0000" + sha).getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).substring(0, ID_HEX);
  }

  private static Document failed(String id, String source, String sha, SourceHints hints,
      ProblemCode code, String message) {
    return new Document(id, source, sha, Format.TEXT, null, "", hints, null,
        List.of(Problem.error(Stage.INGEST, code, message)));
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
