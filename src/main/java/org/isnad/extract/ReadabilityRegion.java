package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Stage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Mozilla Readability's (readability4j) choice of main content, mapped back to the
 * position-tracked page: the lowest element holding every page paragraph that Readability kept.
 * Used when {@link MainContentFinder} finds nothing.
 *
 * <p>Readability rewrites a copy of the page and recurses once per nesting level, so pages nested
 * deeper than {@value #MAX_DEPTH} elements are not given to it; its exceptions and stack
 * overflows become warnings. Thread safe.
 */
final class ReadabilityRegion {
  static final int MAX_DEPTH = 400;
  private static final int MIN_CHARS = 25;

  private ReadabilityRegion() {}

  /** The region, or {@code null} (with a warning in {@code problems} when Readability failed). */
  static Element find(Document page, String url, ElementHints hints, List<Problem> problems) {
    List<String> theirs = paragraphs(page, url, problems);
    if (theirs.isEmpty()) {
      return null;
    }
    Set<String> wanted = new HashSet<>();
    theirs.forEach(text -> wanted.add(MatchText.of(text)));
    List<Element> matched = new ArrayList<>();
    for (HtmlBlock block : HtmlBlockWalker.walk(page.body(), hints, false).blocks()) {
      if (block.chars() >= MIN_CHARS && wanted.contains(MatchText.of(block.text()))) {
        matched.add(block.element());
      }
    }
    return commonAncestor(matched);
  }

  /**
   * The paragraphs Readability keeps on the page (at least {@value #MIN_CHARS} characters), or
   * an empty list when it finds none, is skipped or fails.
   */
  static List<String> paragraphs(Document page, String url, List<Problem> problems) {
    if (depth(page) > MAX_DEPTH) {
      problems.add(Problem.warning(Stage.EXTRACT, ProblemCode.DEEPLY_NESTED, "the page nests more than "
          + MAX_DEPTH + " elements; Readability was not run on it"));
      return List.of();
    }
    try {
      Article article = new Readability4JExtended(url, page.clone()).parse();
      Element content = article.getArticleContent();
      if (content == null) {
        return List.of();
      }
      List<String> texts = new ArrayList<>();
      for (HtmlBlock block : HtmlBlockWalker.walk(content, ElementHints.bundled(), false)
          .blocks()) {
        if (block.chars() >= MIN_CHARS) {
          texts.add(block.text());
        }
      }
      return texts;
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(Problem.warning(Stage.EXTRACT, ProblemCode.READABILITY_FAILED,
          "Readability failed on the page: " + e));
      return List.of();
    }
  }

  /** Deepest element nesting, measured without recursion. */
  static int depth(Document page) {
    int[] max = {0};
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> max[0] = Math.max(max[0], depth), page);
    return max[0];
  }

  private static Element commonAncestor(List<Element> elements) {
    if (elements.isEmpty()) {
      return null;
    }
    Element common = elements.get(0);
    for (Element element : elements) {
      while (common != null && !isAncestorOrSelf(common, element)) {
        common = common.parent();
      }
    }
    return common;
  }

  private static boolean isAncestorOrSelf(Element ancestor, Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
