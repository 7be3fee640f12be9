package org.isnad.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the paragraphs of an HTML subtree in document order without recursion (jsoup's
 * {@link NodeTraversor} walks iteratively, so deep pages cannot overflow the stack).
 *
 * <p>Rules:
 * <ul>
 *   <li>text of inline elements joins the paragraph around it; a block element
 *       ({@link ElementHints#isBlock}) or a {@code <br>} ends the paragraph;
 *   <li>silent elements (scripts, styles, controls, media) are skipped without a trace;
 *   <li>furniture elements ({@link ElementHints#furniture}) are skipped whole and listed as one
 *       {@link Dropped} block each (text cut to {@value #SUMMARY_CHARS} characters), except
 *       byline elements, whose text is read as a paragraph marked {@link DropReason#BYLINE};
 *   <li>a generic {@link DropReason#NON_CONTENT} is made precise by {@link #refine};
 *   <li>the link texts of a dropped tag list are kept as tags.
 * </ul>
 * Not thread safe: one walker per walk.
 */
final class HtmlBlockWalker implements NodeFilter {
  static final int SUMMARY_CHARS = 200;
  static final int REFINE_ELEMENTS = 50;

  /** What a walk found. */
  record Result(List<HtmlBlock> blocks, List<Dropped> dropped, List<String> tags) {}

  private final ElementHints hints;
  private final boolean useHints;
  private final Element root;
  private final List<HtmlBlock> blocks = new ArrayList<>();
  private final List<Dropped> dropped = new ArrayList<>();
  private final Set<String> tags = new LinkedHashSet<>();
  private final Deque<Element> open = new ArrayDeque<>();
  private final StringBuilder buffer = new StringBuilder();
  private int chars;
  private int linkChars;
  private int linkDepth;

  private HtmlBlockWalker(Element root, ElementHints hints, boolean useHints) {
    this.root = root;
    this.hints = hints;
    this.useHints = useHints;
  }

  /** The paragraphs of {@code root}, furniture skipped and listed. */
  static Result walk(Element root, ElementHints hints) {
    return walk(root, hints, true);
  }

  /**
   * The paragraphs of {@code root}; with {@code useHints} false only silent elements are
   * skipped (used to map another extractor's output back to the page).
   */
  static Result walk(Element root, ElementHints hints, boolean useHints) {
    HtmlBlockWalker walker = new HtmlBlockWalker(root, hints, useHints);
    NodeTraversor.filter(walker, root);
    walker.flush();
    return new Result(List.copyOf(walker.blocks), List.copyOf(walker.dropped),
        List.copyOf(walker.tags));
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      append(text.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (element != root && hints.isSilent(element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    DropReason reason = element == root || !useHints ? null : hints.furniture(element);
    if (reason != null) {
      flush();
      skip(element, reason);
      return FilterResult.SKIP_ENTIRELY;
    }
    switch (element.normalName()) {
      case "br", "hr" -> flush();
      case "a" -> linkDepth++;
      default -> { }
    }
    if (hints.isBlock(element)) {
      flush();
      open.push(element);
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element element) {
      if (element.normalName().equals("a")) {
        linkDepth = Math.max(0, linkDepth - 1);
      }
      if (hints.isBlock(element)) {
        flush();
        open.poll();
      }
    }
    return FilterResult.CONTINUE;
  }

  private void skip(Element element, DropReason reason) {
    String text = element.text().strip();
    if (text.isEmpty()) {
      return;
    }
    if (reason == DropReason.BYLINE) {
      blocks.add(new HtmlBlock(text, element, nonSpace(text), 0, DropReason.BYLINE));
      return;
    }
    DropReason precise = refine(element, reason, text, hints);
    if (precise == DropReason.TAGS) {
      element.select("a").forEach(a -> addTag(a.text()));
    }
    dropped.add(new Dropped(null, summary(text), precise));
  }

  /**
   * A finer reason for a block dropped as {@link DropReason#NON_CONTENT} (or for no known
   * reason, {@code null}): the first finer class/id hint among its first
   * {@value #REFINE_ELEMENTS} descendants ({@code entry-footer} holding {@code tags-links}),
   * else the boilerplate phrase its text starts with ({@link PhraseLexicon}), else
   * {@link DropReason#DATE_STAMP} for a bare date; otherwise the reason given, or
   * {@code NON_CONTENT}.
   */
  static DropReason refine(Element element, DropReason reason, String text,
      ElementHints hints) {
    if (reason != null && reason != DropReason.NON_CONTENT) {
      return reason;
    }
    int seen = 0;
    for (Element descendant : element.getAllElements()) {
      DropReason inner = descendant == element ? null : hints.furniture(descendant);
      if (inner != null && inner != DropReason.NON_CONTENT && inner != DropReason.BYLINE) {
        return inner;
      }
      if (++seen > REFINE_ELEMENTS) {
        break;
      }
    }
    Line line = Line.block(1, text.strip(), -1, -1);
    java.util.Optional<DropReason> phrase = PhraseLexicon.bundled().reasonFor(line.match());
    if (phrase.isPresent()) {
      return phrase.get();
    }
    return DateStamp.matches(line) ? DropReason.DATE_STAMP : DropReason.NON_CONTENT;
  }

  private void addTag(String tag) {
    String clean = tag.strip().replaceFirst("^#", "");
    if (!clean.isEmpty()) {
      tags.add(clean);
    }
  }

  private void append(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (buffer.length() > 0 && buffer.charAt(buffer.length() - 1) != ' ') {
          buffer.append(' ');
        }
      } else {
        buffer.append(c);
        chars++;
        if (linkDepth > 0) {
          linkChars++;
        }
      }
    }
  }

  private void flush() {
    String text = buffer.toString().strip();
    if (!text.isEmpty()) {
      Element owner = open.isEmpty() ? root : open.peek();
      blocks.add(new HtmlBlock(text, owner, chars, linkChars, null));
    }
    buffer.setLength(0);
    chars = 0;
    linkChars = 0;
  }

  /** The text cut to {@value #SUMMARY_CHARS} characters with an ellipsis. */
  static String summary(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= SUMMARY_CHARS) {
      return flat;
    }
    int cut = SUMMARY_CHARS;
    if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
      cut--;
    }
    return flat.substring(0, cut) + "…";
  }

  private static int nonSpace(String text) {
    return (int) text.chars().filter(c -> !Character.isWhitespace(c)).count();
  }
}
