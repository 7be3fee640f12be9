package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds where the article text of a page sits: one list of sibling elements per article.
 *
 * <p>Scoring, in the manner of Mozilla Readability but on the position-tracked page and with the
 * class/id rules of {@link ElementHints}:
 * <ul>
 *   <li>furniture subtrees (nav, sidebar, related, comments, share bars…) are never read;
 *   <li>each paragraph (not a heading) of at least {@value #MIN_CHARS} characters and link
 *       density below
 *       {@value #MAX_LINK_DENSITY} gives its container (the parent of a {@code p}/{@code li}/
 *       heading, the element itself for a text-bearing {@code div}) 1 point, 1 per comma
 *       ({@code ، ,}) and 1 per 100 characters (at most 3); the container's parent gets half;
 *   <li>containers whose class/id names content ({@code entry-content}) get
 *       {@value #CONTENT_BONUS} more; the score is scaled by (1 − link density);
 *   <li>the best container grows to an ancestor holding at least {@value #GROW_RATIO} times its
 *       paragraph text at low link density, then takes in siblings scoring at least
 *       {@value #SIBLING_SHARE} of its score or holding a long unlinked paragraph.
 * </ul>
 * A page with two or more {@code <article>} elements that each have a heading and at least
 * {@value #ARTICLE_MIN_CHARS} characters of paragraph text is read as several articles, one per
 * element. Thread safe.
 */
final class MainContentFinder {
  static final int MIN_CHARS = 25;
  static final double MAX_LINK_DENSITY = 0.5;
  static final double CONTENT_BONUS = 5;
  static final double GROW_RATIO = 1.4;
  static final double SIBLING_SHARE = 0.2;
  static final int ARTICLE_MIN_CHARS = 300;
  private static final int LONG_SIBLING_CHARS = 80;
  private static final double MAX_ROOT_LINK_DENSITY = 0.3;
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "td", "th", "pre", "dd",
      "dt", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption");

  private final ElementHints hints = ElementHints.bundled();

  /** Per-element totals of the paragraphs below it. */
  private static final class Totals {
    double score;
    int chars;
    int linkChars;
    int goodChars;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  /**
   * The article regions of {@code body}, each a list of sibling elements in page order; empty
   * when no paragraph qualifies.
   */
  List<List<Element>> find(Element body) {
    List<HtmlBlock> blocks = HtmlBlockWalker.walk(body, hints).blocks();
    List<List<Element>> articles = articleElements(body, blocks);
    if (articles.size() >= 2) {
      return articles;
    }
    Map<Element, Totals> totals = score(blocks);
    Element best = best(totals);
    if (best == null) {
      return List.of();
    }
    best = grow(best, body, totals);
    return List.of(withSiblings(best, totals));
  }

  private List<List<Element>> articleElements(Element body, List<HtmlBlock> blocks) {
    Map<Element, Integer> goodChars = new LinkedHashMap<>();
    Map<Element, Boolean> headed = new HashMap<>();
    for (HtmlBlock block : blocks) {
      Element article = enclosingArticle(block.element(), body);
      if (article == null) {
        continue;
      }
      if (isGood(block)) {
        goodChars.merge(article, block.chars(), Integer::sum);
      }
      if (block.heading() && block.element().normalName().compareTo("h4") < 0) {
        headed.put(article, true);
      }
    }
    List<List<Element>> found = new ArrayList<>();
    goodChars.forEach((article, chars) -> {
      if (chars >= ARTICLE_MIN_CHARS && headed.getOrDefault(article, false)) {
        found.add(List.of(article));
      }
    });
    return found;
  }

  /** The outermost {@code <article>} holding {@code element}, or {@code null}. */
  private static Element enclosingArticle(Element element, Element body) {
    Element found = null;
    for (Element e = element; e != null && e != body; e = e.parent()) {
      if (e.normalName().equals("article")) {
        found = e;
      }
    }
    return found;
  }

  private Map<Element, Totals> score(List<HtmlBlock> blocks) {
    Map<Element, Totals> totals = new IdentityHashMap<>();
    for (HtmlBlock block : blocks) {
      boolean good = isGood(block);
      for (Element e = block.element(); e != null; e = e.parent()) {
        Totals t = totals.computeIfAbsent(e, k -> new Totals());
        t.chars += block.chars();
        t.linkChars += block.linkChars();
        t.goodChars += good ? block.chars() : 0;
      }
      if (!good) {
        continue;
      }
      double points = 1 + commas(block.text()) + Math.min(block.chars() / 100, 3);
      Element container = PARAGRAPH_TAGS.contains(block.element().normalName())
          ? block.element().parent() : block.element();
      if (container != null) {
        totals.get(container).score += points;
        if (container.parent() != null) {
          totals.get(container.parent()).score += points / 2;
        }
      }
    }
    return totals;
  }

  private Element best(Map<Element, Totals> totals) {
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Totals> entry : totals.entrySet()) {
      Element element = entry.getKey();
      if (element.normalName().equals("html")) {
        continue;
      }
      double score = finalScore(element, entry.getValue());
      if (score > bestScore) {
        best = element;
        bestScore = score;
      }
    }
    return best;
  }

  private double finalScore(Element element, Totals totals) {
    if (totals.score == 0) {
      return 0;
    }
    double bonus = hints.isContentNamed(element) ? CONTENT_BONUS : 0;
    return (totals.score + bonus) * (1 - totals.linkDensity());
  }

  private static Element grow(Element best, Element body, Map<Element, Totals> totals) {
    Element chosen = best;
    for (Element e = best.parent(); e != null && e != body.parent(); e = e.parent()) {
      Totals t = totals.get(e);
      int chosenChars = totals.get(chosen).goodChars;
      if (t.goodChars >= GROW_RATIO * chosenChars && t.linkDensity() < MAX_ROOT_LINK_DENSITY) {
        chosen = e;
      } else if (t.goodChars > chosenChars) {
        break;
      }
    }
    return chosen;
  }

  private List<Element> withSiblings(Element root, Map<Element, Totals> totals) {
    Element parent = root.parent();
    if (parent == null || root.normalName().equals("body")) {
      return List.of(root);
    }
    double rootScore = finalScore(root, totals.get(root));
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == root) {
        parts.add(sibling);
        continue;
      }
      Totals t = totals.get(sibling);
      if (t == null || hints.furniture(sibling) != null || hints.isSilent(sibling)) {
        continue;
      }
      boolean strong = finalScore(sibling, t) >= SIBLING_SHARE * rootScore;
      boolean longText = t.goodChars >= LONG_SIBLING_CHARS
          && t.linkDensity() < MAX_ROOT_LINK_DENSITY;
      if ((strong || longText) && !sibling.normalName().matches("h[1-6]")) {
        parts.add(sibling);
      }
    }
    return List.copyOf(parts);
  }

  private static boolean isGood(HtmlBlock block) {
    return block.field() == null && !block.heading() && block.chars() >= MIN_CHARS
        && block.linkDensity() < MAX_LINK_DENSITY;
  }

  private static int commas(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '،' || c == ',') {
        count++;
      }
    }
    return count;
  }
}
