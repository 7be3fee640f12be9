package org.isnad.extract;

import org.jsoup.parser.Parser;

/**
 * The title a caller gave with a page (a JSONL row's {@code title}), as a reader sees it: rows
 * scraped from HTML often keep the page's character references («&amp;quot;فلكي&amp;quot;»,
 * {@code &#8220;}), which are decoded here. A title carries no offsets, so nothing moves; the
 * text field is left as given (its offsets map back to the row).
 *
 * <p>Thread safe: holds no state.
 */
final class GivenTitle {
  private GivenTitle() {
  }

  /** {@code title} with its character references decoded; null stays null. */
  static String of(String title) {
    return title == null || title.indexOf('&') < 0 ? title : Parser.unescapeEntities(title, false);
  }
}
