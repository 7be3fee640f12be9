package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * One input document after ingest: decoded content plus where it came from.
 *
 * <p>A document that could not be read (binary file, empty file, truncated archive) still exists:
 * its {@code content} is empty and {@code problems} holds an {@link Severity#ERROR}. A document
 * whose bytes equal an earlier input's has {@code duplicateOf} set and is not processed again.
 *
 * @param id stable identifier derived from the content hash (and the source for duplicates)
 * @param source path, {@code -}, URI or WARC record id
 * @param sha256 hex SHA-256 of the raw bytes
 * @param format how {@code content} is to be read
 * @param charset the charset used to decode, or the charsets joined by {@code +} in the order
 *     they first apply when stretches of the input were decoded differently
 *     ({@code UTF-8+windows-1256}); {@code null} when nothing was decoded
 * @param content decoded text; never {@code null}
 * @param hints container metadata
 * @param duplicateOf id of the document with the same bytes, or {@code null}
 * @param problems what went wrong while reading
 */
public record Document(
    String id,
    String source,
    String sha256,
    Format format,
    String charset,
    String content,
    SourceHints hints,
    String duplicateOf,
    List<Problem> problems) {

  public Document {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank: " + id);
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    hints = hints == null ? SourceHints.none() : hints;
    problems = List.copyOf(problems);
  }

  /**
   * This document without its content (empty): what a run keeps once the document is extracted,
   * so the decoded pages of a batch are not held until the output is written.
   */
  public Document withoutContent() {
    return content.isEmpty() ? this
        : new Document(id, source, sha256, format, charset, "", hints, duplicateOf, problems);
  }

  /** True when the document could not be read and yields no article. */
  public boolean failed() {
    return problems.stream().anyMatch(Problem::fatal);
  }
}
