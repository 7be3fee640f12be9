package org.isnad.extract;

import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.isnad.model.Format;

/**
 * Turns one ingested document into clean articles. Dispatches on the document's format.
 * Thread safe: one instance serves all threads of a run.
 */
public final class PageExtractor {
  private final TextPageExtractor text = new TextPageExtractor();
  private final HtmlPageExtractor html = new HtmlPageExtractor();

  /** Extracts the articles of {@code document}; never throws on bad content. */
  public Extraction extract(Document document, SiteTemplate template) {
    if (document.failed() || document.duplicateOf() != null) {
      return Extraction.skipped(document);
    }
    return document.format() == Format.HTML ? html.extract(document)
        : text.extract(document, template);
  }
}
