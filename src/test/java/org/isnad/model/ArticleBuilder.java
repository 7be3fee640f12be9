package org.isnad.model;

import java.util.List;

/**
 * Builds an {@link Article} for tests without its 13 positional arguments: every field has the
 * default tests use (id {@code a1}, document {@code d1}, Arabic, no metadata, publication date
 * unknown, no segments) and each setter names what it sets.
 * {@code ArticleBuilder.text("…").published(p).build()}.
 */
public final class ArticleBuilder {
  private String id = "a1";
  private String documentId = "d1";
  private String title;
  private String text;
  private String outlet;
  private String author;
  private String dateline;
  private String credit;
  private List<String> tags = List.of();
  private String language = "ar";
  private String url;
  private Published published = Published.unknown();
  private List<Segment> segments = List.of();

  private ArticleBuilder(String text) {
    this.text = text;
  }

  /** A builder of an article whose body is {@code text}. */
  public static ArticleBuilder text(String text) {
    return new ArticleBuilder(text);
  }

  public ArticleBuilder id(String value) {
    id = value;
    return this;
  }

  public ArticleBuilder document(String value) {
    documentId = value;
    return this;
  }

  public ArticleBuilder title(String value) {
    title = value;
    return this;
  }

  public ArticleBuilder outlet(String value) {
    outlet = value;
    return this;
  }

  public ArticleBuilder author(String value) {
    author = value;
    return this;
  }

  public ArticleBuilder dateline(String value) {
    dateline = value;
    return this;
  }

  public ArticleBuilder credit(String value) {
    credit = value;
    return this;
  }

  public ArticleBuilder tags(List<String> value) {
    tags = value;
    return this;
  }

  public ArticleBuilder language(String value) {
    language = value;
    return this;
  }

  public ArticleBuilder url(String value) {
    url = value;
    return this;
  }

  public ArticleBuilder published(Published value) {
    published = value;
    return this;
  }

  public ArticleBuilder segments(List<Segment> value) {
    segments = value;
    return this;
  }

  public Article build() {
    return new Article(id, documentId, title, text, outlet, author, dateline, credit, tags,
        language, url, published, segments);
  }
}
