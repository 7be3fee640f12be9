package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The text blocks of an HTML fragment, in order: paragraphs, headings, list items, quotes, and
 * text-bearing divs without block children. Also remembers, for a position-tracked page, where
 * each block's text sits in the source, so article text can be mapped back to the input.
 */
final class HtmlBlocks {
  static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td";
  private static final String BLOCK_CHILDREN = "p, div, h1, h2, h3, h4, h5, h6, li, ul, ol, "
      + "blockquote, table, section, article";

  private HtmlBlocks() {}

  /** The block texts under {@code root}, without empty or nested repeats. */
  static List<String> texts(Element root) {
    List<String> texts = new ArrayList<>();
    for (Element element : root.select(BLOCKS + ", div")) {
      if (isLeafBlock(element)) {
        String text = element.text().strip();
        if (!text.isEmpty()) {
          texts.add(text);
        }
      }
    }
    if (texts.isEmpty() && !root.text().isBlank()) {
      texts.add(root.text().strip());
    }
    return texts;
  }

  private static boolean isLeafBlock(Element element) {
    if (!element.is(BLOCKS) && !element.is("div")) {
      return false;
    }
    if (element.parents().is("p, li, h1, h2, h3, h4, h5, h6, blockquote")) {
      return false;
    }
    if (element.is("p, h1, h2, h3, h4, h5, h6")) {
      return true;
    }
    for (Element child : element.children()) {
      if (child.is(BLOCK_CHILDREN)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Source ranges (UTF-16 indices into the page) of block texts of a position-tracked page; when
   * nested elements hold the same text, the innermost wins.
   */
  static Map<String, int[]> sourceRanges(Element root) {
    Map<String, int[]> ranges = new HashMap<>();
    for (Element element : root.select(BLOCKS + ", div")) {
      if (element.sourceRange().isTracked()) {
        int end = element.endSourceRange().isTracked() ? element.endSourceRange().endPos()
            : element.sourceRange().endPos();
        ranges.put(element.text().strip(),
            new int[] {element.sourceRange().startPos(), end});
      }
    }
    return ranges;
  }
}
