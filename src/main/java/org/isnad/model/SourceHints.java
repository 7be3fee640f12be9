package org.isnad.model;

/**
 * Metadata that came with a document from its container rather than from its content: a JSONL
 * line's {@code url/title/published/outlet}, a WARC record's target URI and date. Every field may
 * be {@code null}.
 */
public record SourceHints(String url, String title, String published, String outlet) {
  private static final SourceHints NONE = new SourceHints(null, null, null, null);

  public static SourceHints none() {
    return NONE;
  }
}
