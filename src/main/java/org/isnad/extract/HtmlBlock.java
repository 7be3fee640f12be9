package org.isnad.extract;

import org.isnad.model.DropReason;
import org.jsoup.nodes.Element;

/**
 * One paragraph of an HTML page: the text of a run of inline content, read from
 * {@code element} (the innermost block element holding it).
 *
 * @param text the paragraph, white space collapsed, never blank
 * @param element the block element the text was read from (its source range is the segment)
 * @param chars number of non-space characters
 * @param linkChars how many of them sit inside links
 * @param field {@link DropReason#BYLINE} when a class/id names the element a byline, else
 *     {@code null}
 */
record HtmlBlock(String text, Element element, int chars, int linkChars, DropReason field) {

  /** Share of the text inside links, 0 to 1. */
  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  /** True for {@code h1}–{@code h6}. */
  boolean heading() {
    String tag = element.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }
}
