package org.isnad.model;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed set of problem codes a document can carry, each with the stable machine code the
 * analysis JSON writes. A new kind of problem is a new constant here, so every code isnad can
 * write is listed in one place.
 */
public enum ProblemCode {
  // ingest: reading and decoding
  /** The input or row holds no bytes but white space (no article: a warning for the run). */
  EMPTY("empty", true),
  /** Not a text or HTML page (PDF, image, archive, …). */
  BINARY_CONTENT("binary-content", false),
  /** The same bytes as an earlier input; processed once. */
  DUPLICATE("duplicate", false),
  /** Larger than the documented cap. */
  TOO_LARGE("too-large", false),
  /** A JSON Lines row that is not an object with {@code text} or {@code html}. */
  BAD_JSON("bad-json", false),
  /** A WARC file that ends in the middle of a record. */
  TRUNCATED_ARCHIVE("truncated-archive", false),
  /** A WARC record whose HTTP message cannot be parsed. */
  UNREADABLE_RECORD("unreadable-record", false),
  /** A file or standard input that cannot be read. */
  UNREADABLE("unreadable", false),
  /** jwarc reported a malformed record it could still read. */
  WARC_WARNING("warc-warning", false),
  /** Characters that are unsafe in text (lone surrogates, controls) were replaced. */
  UNSAFE_CHARACTERS("unsafe-characters", false),
  /** The byte order, zero bytes or Arabic letters decided the charset; nothing declared it. */
  CHARSET_GUESSED("charset-guessed", false),
  /** A declared charset was overridden by the bytes. */
  CHARSET_MISMATCH("charset-mismatch", false),
  /** A declared charset name the JDK does not know; ignored. */
  CHARSET_UNKNOWN("charset-unknown", false),
  /** Stretches of the input were decoded with different charsets. */
  MIXED_CHARSETS("mixed-charsets", false),
  /** Some bytes became U+FFFD. */
  UNDECODABLE_BYTES("undecodable-bytes", false),
  /** The decoding may still be wrong. */
  DECODING_DOUBTFUL("decoding-doubtful", false),
  // extract: finding the article
  /** A page without text (no article). */
  NO_CONTENT("no-content", true),
  /** A page of boilerplate only (no article). */
  NO_ARTICLE("no-article", true),
  /** A bug of ours on this document; the batch went on. */
  INTERNAL_ERROR("internal-error", false),
  /** The page was cut at the documented element cap. */
  PAGE_TRUNCATED("page-truncated", false),
  /** A JSON-LD block that is not valid JSON. */
  BROKEN_JSON_LD("broken-json-ld", false),
  /** An article over the documented length cap was cut or refused. */
  ARTICLE_TOO_LONG("article-too-long", false),
  /** The page nests deeper than the readability pass follows. */
  DEEPLY_NESTED("deeply-nested", false),
  /** The readability pass failed; line rules alone were used. */
  READABILITY_FAILED("readability-failed", false),
  /** The metadata date and the url's date disagree. */
  URL_DATE_DISAGREES("url-date-disagrees", false),
  /** The date stamp in the text and the url's date disagree. */
  STAMP_URL_DISAGREE("stamp-url-disagree", false),
  // annotate: a bug of ours in one annotator on one article
  TIME_ANNOTATOR_FAILED("time-annotator-failed", false),
  ENTITY_ANNOTATOR_FAILED("entity-annotator-failed", false),
  QUOTE_ANNOTATOR_FAILED("quote-annotator-failed", false),
  EVENT_ANNOTATOR_FAILED("event-annotator-failed", false);

  private static final Map<String, ProblemCode> BY_CODE = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(ProblemCode::code, Function.identity()));
  private final String code;
  private final boolean noArticle;

  ProblemCode(String code, boolean noArticle) {
    this.code = code;
    this.noArticle = noArticle;
  }

  /** The machine code the JSON writes, e.g. {@code binary-content}. */
  public String code() {
    return code;
  }

  /**
   * True for the codes that, on a fatal problem, only say a readable page holds no article (an
   * empty input or row, a page without text, a page of boilerplate only).
   */
  public boolean meansNoArticle() {
    return noArticle;
  }

  /**
   * The constant for a machine code.
   *
   * @throws IllegalArgumentException naming the code when it is not one of the set
   */
  public static ProblemCode of(String code) {
    ProblemCode found = BY_CODE.get(code);
    if (found == null) {
      throw new IllegalArgumentException("unknown problem code: " + code);
    }
    return found;
  }

  @Override
  public String toString() {
    return code;
  }
}
