package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Stage;

/**
 * Turns one ingested document into clean articles. Dispatches on the document's format.
 * Thread safe: one instance serves all threads of a run.
 */
public final class PageExtractor {
  private final TextPageExtractor text = new TextPageExtractor();
  private final HtmlPageExtractor html = new HtmlPageExtractor();
  private final int maxChars;

  /** An extractor keeping articles of up to {@link ArticleSize#MAX_CHARS} characters. */
  public PageExtractor() {
    this(ArticleSize.MAX_CHARS);
  }

  /** An extractor keeping articles of up to {@code maxChars} characters (tests). */
  PageExtractor(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("article size limit must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /**
   * Extracts the articles of {@code document}; never throws on bad content. An article longer
   * than the limit is left out and recorded as an {@code article-too-long} problem: an error
   * when it leaves the document without articles, else a warning.
   */
  public Extraction extract(Document document, SiteTemplate template) {
    if (document.failed() || document.duplicateOf() != null) {
      return Extraction.skipped(document);
    }
    return withinLimit(document.format() == Format.HTML ? html.extract(document)
        : text.extract(document, template));
  }

  private Extraction withinLimit(Extraction extraction) {
    List<Article> kept = extraction.articles().stream()
        .filter(a -> a.text().length() <= maxChars).toList();
    if (kept.size() == extraction.articles().size()) {
      return extraction;
    }
    List<Problem> problems = new ArrayList<>(extraction.problems());
    for (Article a : extraction.articles()) {
      if (a.text().length() > maxChars) {
        String message = "article " + a.id() + " of " + extraction.document().source() + " has "
            + a.text().length() + " characters, more than the limit of " + maxChars
            + " (about " + Math.max(1, maxChars * 7L / (4 << 20)) + " MB of Arabic text); it is"
            + " not analysed: split it into shorter articles";
        problems.add(kept.isEmpty() ? Problem.error(Stage.EXTRACT, ProblemCode.ARTICLE_TOO_LONG, message)
            : Problem.warning(Stage.EXTRACT, ProblemCode.ARTICLE_TOO_LONG, message));
      }
    }
    return new Extraction(extraction.document(), kept, extraction.dropped(), problems);
  }
}
