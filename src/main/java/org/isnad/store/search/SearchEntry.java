package org.isnad.store.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One searchable thing: an article, a statement or an event, under the stable id the engine gave
 * it. Putting an entry whose id is already in the index replaces the old one.
 *
 * @param kind what it is
 * @param id the engine's stable id; not blank, unique across kinds
 * @param articleId the article it comes from (for an event, its first report's), or {@code null}
 * @param title a short line shown as the hit's heading (article title, speaker, event summary);
 *     {@code null} is stored as empty
 * @param text the searchable body (article text, statement, report sentences); {@code null} is
 *     stored as empty
 * @param outlet the publishing outlet, a filter; {@code null} when unknown
 * @param day the publication or event day, a filter; {@code null} when unknown
 */
public record SearchEntry(Kind kind, String id, String articleId, String title, String text,
    String outlet, LocalDate day) {
  /** The kinds of entries; a query may be limited to some. */
  public enum Kind { ARTICLE, STATEMENT, EVENT }

  /**
   * @throws IllegalArgumentException when the kind is null or the id is null or blank
   */
  public SearchEntry {
    if (kind == null) {
      throw new IllegalArgumentException("entry kind must not be null (id " + id + ")");
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("entry id must not be blank: '" + id + "'");
    }
    title = Objects.requireNonNullElse(title, "");
    text = Objects.requireNonNullElse(text, "");
  }
}
