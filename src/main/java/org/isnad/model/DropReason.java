package org.isnad.model;

import java.util.Locale;

/** Why a block of a page was not kept as article text. */
public enum DropReason {
  NAVIGATION("menu, skip link or section label"),
  TICKER("headline of another story (ticker, latest news)"),
  READ_ALSO("\"read also\" link to another story"),
  RELATED_LIST("list of related or similar articles"),
  TAGS("tag or keyword line (kept as the article's tags)"),
  SHARE_FOLLOW("share, follow or subscribe call"),
  COMMENT_FORM("comment form or comment notice"),
  AUTHOR_BIO("author name or biography (kept as the article's author)"),
  BYLINE("byline (kept as the article's author)"),
  SOURCE_LINE("source line (kept as the article's credit)"),
  DATELINE("dateline (kept as the article's dateline)"),
  BACK_TO_TOP("back-to-top or page-control leftover"),
  ERROR_LEFTOVER("scraper or page error leftover"),
  DUPLICATE_TITLE("title repeated"),
  TITLE("headline (kept as the article's title)"),
  SITE_TEMPLATE("line repeated on several pages of the batch (site template)"),
  DATE_STAMP("date or time stamp of the page (dates are read from metadata and text)"),
  NON_CONTENT("page element outside the main content (header, sidebar, footer, script)"),
  ADVERTISEMENT("advertisement");

  private final String description;

  DropReason(String description) {
    this.description = description;
  }

  /** Human explanation shown in reports. */
  public String description() {
    return description;
  }

  /** The lower-case, hyphenated code used in the analysis JSON, e.g. {@code read-also}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
