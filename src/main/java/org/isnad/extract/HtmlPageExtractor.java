package org.isnad.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.isnad.model.Extraction;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the articles of an HTML page:
 * <ol>
 *   <li>parses the page with source positions (pages over {@value #MAX_CHARS} UTF-16 units are
 *       cut, with a {@code page-truncated} warning);
 *   <li>reads metadata ({@link HtmlMetadataReader}: Open Graph, JSON-LD, meta, {@code <time>},
 *       falling back to the document's container hints);
 *   <li>finds the article region(s) ({@link MainContentFinder}; Mozilla Readability via
 *       {@link ReadabilityRegion} when that finds nothing) and lists every page block outside
 *       them as one {@link Dropped} summary ({@link DropReason#NON_CONTENT}, or a finer reason
 *       from its tag or class);
 *   <li>reads each region's paragraphs ({@link HtmlBlockWalker}) and turns them into an article
 *       ({@link HtmlBlockReader}); ids are {@code <documentId>-a1}, {@code -a2}… in page order.
 * </ol>
 * A page with several {@code <article>} elements (see {@link MainContentFinder}) yields one
 * article each; the first gets the page metadata, the others only the outlet, URL and their own
 * {@code <time datetime>} (never the page's date, which belongs to the first story).
 *
 * <p>Design decision: figure captions are dropped ({@link DropReason#NON_CONTENT}): they describe
 * a photo, not the event, and often carry agency photo credits that would read as sources.
 *
 * <p>Bad content never throws: an empty page gives a {@code no-content} error, a page without
 * article text a {@code no-article} error, and any failure of the parser or of third-party code
 * (including {@link StackOverflowError}) a {@code no-article} error naming it. Nothing recurses
 * per nesting level. Thread safe.
 */
public final class HtmlPageExtractor {
  /** Largest page read, in UTF-16 units (about 10 MB of UTF-8 Arabic); the rest is cut. */
  static final int MAX_CHARS = 5_000_000;

  private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
  private final MainContentFinder finder = new MainContentFinder();
  private final HtmlBlockReader blockReader = new HtmlBlockReader();
  private final ElementHints hints = ElementHints.bundled();

  /**
   * Extracts the articles of an HTML document.
   *
   * @throws NullPointerException when {@code document} is {@code null}
   */
  public Extraction extract(Document document) {
    Objects.requireNonNull(document, "document");
    List<Problem> problems = new ArrayList<>();
    String content = capped(document.content(), problems);
    if (content.isBlank()) {
      problems.add(Problem.error(Stage.EXTRACT, ProblemCode.NO_CONTENT, "the page is empty: "
          + document.source()));
      return new Extraction(document, List.of(), List.of(), problems);
    }
    try {
      return extractPage(document, content, problems);
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(Problem.error(Stage.EXTRACT, ProblemCode.INTERNAL_ERROR, "extraction failed on "
          + document.source() + ": " + e));
      return new Extraction(document, List.of(), List.of(), problems);
    }
  }

  private static String capped(String content, List<Problem> problems) {
    if (content.length() <= MAX_CHARS) {
      return content;
    }
    int cut = Character.isHighSurrogate(content.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    problems.add(Problem.warning(Stage.EXTRACT, ProblemCode.PAGE_TRUNCATED, "the page has "
        + content.length() + " characters; only the first " + cut + " were read"));
    return content.substring(0, cut);
  }

  private Extraction extractPage(Document document, String content, List<Problem> problems) {
    String url = document.hints().url() == null ? "" : document.hints().url();
    org.jsoup.nodes.Document page = Jsoup.parse(content, url,
        Parser.htmlParser().setTrackPosition(true));
    PageMetadata metadata = metadataReader.read(page, document.hints());
    problems.addAll(metadata.problems());
    Element body = page.body();
    if (body == null || body.text().isBlank()) {
      problems.add(Problem.error(Stage.EXTRACT, ProblemCode.NO_CONTENT, "the page has no text: "
          + document.source()));
      return new Extraction(document, List.of(), List.of(), problems);
    }
    List<List<Element>> regions = regions(page, url, problems);
    List<Dropped> dropped = new ArrayList<>(outside(body, regions, metadata.title()));
    List<Article> articles = articles(document, content, regions, metadata, dropped, problems);
    if (articles.isEmpty()) {
      problems.add(Problem.error(Stage.EXTRACT, ProblemCode.NO_ARTICLE, "no article text found in the page: "
          + document.source()));
    }
    return new Extraction(document, articles, dropped, problems);
  }

  private List<List<Element>> regions(org.jsoup.nodes.Document page, String url,
      List<Problem> problems) {
    List<List<Element>> regions = finder.find(page.body());
    if (!regions.isEmpty()) {
      return regions;
    }
    Element fallback = ReadabilityRegion.find(page, url, hints, problems);
    return fallback == null ? List.of() : List.of(List.of(fallback));
  }

  private List<Article> articles(Document document, String content,
      List<List<Element>> regions, PageMetadata metadata, List<Dropped> dropped,
      List<Problem> problems) {
    CodePointIndex codePoints = new CodePointIndex(content);
    boolean several = regions.size() > 1;
    List<Article> articles = new ArrayList<>();
    for (List<Element> parts : regions) {
      HtmlBlockReader.Region region = region(parts, dropped);
      PageMetadata fields = !several || articles.isEmpty() ? metadata
          : secondStory(metadata, region.datetime());
      Article article = blockReader.read(document, articles.size() + 1, region, fields, several,
          codePoints, dropped, problems);
      if (article != null) {
        articles.add(article);
      }
    }
    return articles;
  }

  private HtmlBlockReader.Region region(List<Element> parts, List<Dropped> dropped) {
    List<HtmlBlock> blocks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String datetime = null;
    for (Element part : parts) {
      HtmlBlockWalker.Result walked = HtmlBlockWalker.walk(part, hints);
      blocks.addAll(walked.blocks());
      dropped.addAll(walked.dropped());
      walked.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
      Element time = datetime == null ? part.selectFirst("time[datetime]") : null;
      datetime = time == null ? datetime : time.attr("datetime");
    }
    return new HtmlBlockReader.Region(blocks, tags, datetime);
  }

  private static PageMetadata secondStory(PageMetadata page, String datetime) {
    String date = IsoDate.of(datetime);
    return new PageMetadata(null, page.outlet(), null, date,
        date == null ? null : "time datetime=" + datetime.strip(), List.of(), page.url(),
        page.language(), List.of());
  }

  /** One summary per page block outside the regions, in page order. */
  private List<Dropped> outside(Element body, List<List<Element>> regions, String title) {
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Element> parts : regions) {
      for (Element part : parts) {
        inside.add(part);
        for (Element e = part.parent(); e != null; e = e.parent()) {
          onPath.add(e);
        }
      }
    }
    List<Dropped> dropped = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element element && (inside.contains(element)
            || hints.isSilent(element))) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof Element element && onPath.contains(element)) {
          return FilterResult.CONTINUE;
        }
        String text = node instanceof Element element ? element.text()
            : node instanceof TextNode textNode ? textNode.text() : "";
        if (!text.isBlank()) {
          dropped.add(new Dropped(null, HtmlBlockWalker.summary(text),
              reasonOutside(node, text, title)));
        }
        return FilterResult.SKIP_ENTIRELY;
      }
    }, body);
    return dropped;
  }

  /**
   * Why a block outside the article is dropped: the title it repeats, its tag or class hint, or
   * what {@link HtmlBlockWalker#refine} finds; a byline outside the article is only a byline.
   */
  private DropReason reasonOutside(Node node, String text, String title) {
    if (title != null && MatchText.of(text).equals(MatchText.of(title))) {
      return DropReason.DUPLICATE_TITLE;
    }
    if (!(node instanceof Element element)) {
      return DropReason.NON_CONTENT;
    }
    DropReason reason = hints.furniture(element);
    return HtmlBlockWalker.refine(element, reason, text, hints);
  }
}
