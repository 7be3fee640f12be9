package org.isnad.model;

import java.util.Locale;

/**
 * What became of one input document, as the run's counts, exit code and reports tell it.
 * {@link #NO_ARTICLE} and {@link #FAILED} both yield no article, but only a failure means the
 * document could not be read: an empty page or one without article text is ordinary in a crawl.
 */
public enum Outcome {
  /** At least one article was read. */
  ARTICLES,
  /** The page was read but holds no article (empty, no text, only boilerplate): a warning. */
  NO_ARTICLE,
  /** The same bytes as an earlier input, processed once. */
  DUPLICATE,
  /** The document could not be read or processed (binary, bad JSON, too large, a crash). */
  FAILED;

  /** The lower-case, hyphenated code used in the analysis JSON, e.g. {@code no-article}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
