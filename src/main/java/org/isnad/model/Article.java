package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * One clean news article read from a document.
 *
 * @param id stable identifier: the document id plus its position on the page
 * @param documentId the document it came from
 * @param title headline or {@code null}
 * @param text clean body, paragraphs separated by a blank line ({@code "\n\n"})
 * @param outlet publishing outlet or {@code null}
 * @param author byline or {@code null}
 * @param dateline e.g. {@code دمشق (الاتحاد)} or {@code null}
 * @param credit a source line such as {@code المصدر: صدى البلد} (the value only) or {@code null}
 * @param tags tag line / keywords, possibly empty
 * @param language BCP-47 code, {@code ar} for Arabic
 * @param url canonical URL or {@code null}
 * @param published publication date with its basis
 * @param segments how the text maps back to the document content, in text order
 */
public record Article(
    String id,
    String documentId,
    String title,
    String text,
    String outlet,
    String author,
    String dateline,
    String credit,
    List<String> tags,
    String language,
    String url,
    Published published,
    List<Segment> segments) {

  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank: " + id);
    }
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(text, "text");
    tags = List.copyOf(tags);
    Objects.requireNonNull(language, "language");
    published = published == null ? Published.unknown() : published;
    segments = List.copyOf(segments);
  }

  /** A copy with another publication date. */
  public Article withPublished(Published newPublished) {
    return new Article(id, documentId, title, text, outlet, author, dateline, credit, tags,
        language, url, newPublished, segments);
  }
}
