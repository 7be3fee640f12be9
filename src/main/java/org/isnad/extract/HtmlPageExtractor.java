package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.isnad.model.Extraction;
import org.isnad.model.Problem;
import org.isnad.model.SourceHints;
import org.isnad.model.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the article of an HTML page: metadata from the head ({@link HtmlMetadataReader}),
 * main content from readability4j (Mozilla Readability), then the same line rules as text pages
 * on each content block, which removes what Readability keeps on Arabic sites ("اقرأ أيضاً"
 * paragraphs, share calls, tag lines, source lines).
 *
 * <p>Pages nested deeper than {@value #MAX_DEPTH} elements skip Readability (it recurses per
 * level) and fall back to the page's paragraphs. Readability failures are recorded as warnings
 * and fall back the same way. Thread safe.
 */
public final class HtmlPageExtractor {
  static final int MAX_DEPTH = 400;
  private static final int SUMMARY_CHARS = 200;
  private static final String NON_CONTENT = "header, nav, footer, aside, form, "
      + "[class~=(?i)(menu|sidebar|related|share|social|comment|breadcrumb|widget)], "
      + "[id~=(?i)(menu|sidebar|related|share|social|comment|breadcrumb|widget)]";

  private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
  private final HtmlBlockReader blockReader = new HtmlBlockReader();

  /** Extracts the article of an HTML document; never throws on content. */
  public Extraction extract(Document document) {
    org.jsoup.nodes.Document page = Jsoup.parse(document.content(), baseUri(document),
        Parser.htmlParser().setTrackPosition(true));
    List<Problem> problems = new ArrayList<>();
    PageMetadata metadata = metadataReader.read(page);
    Map<String, int[]> ranges = HtmlBlocks.sourceRanges(page.body());
    List<Dropped> dropped = nonContent(page);
    List<String> blocks = mainBlocks(document, page, problems);
    return blockReader.read(document, blocks, ranges, metadata, dropped, problems);
  }

  private static String baseUri(Document document) {
    SourceHints hints = document.hints();
    return hints.url() == null ? "" : hints.url();
  }

  private static List<String> mainBlocks(Document document, org.jsoup.nodes.Document page,
      List<Problem> problems) {
    if (depth(page) <= MAX_DEPTH) {
      try {
        Article article = new Readability4JExtended(baseUri(document), page.clone()).parse();
        Element content = article.getArticleContent();
        if (content != null && !content.text().isBlank()) {
          return HtmlBlocks.texts(content);
        }
      } catch (RuntimeException | StackOverflowError e) {
        problems.add(Problem.warning(Stage.EXTRACT, "readability-failed",
            "main-content detection failed, using all paragraphs: " + e));
      }
    } else {
      problems.add(Problem.warning(Stage.EXTRACT, "deeply-nested",
          "the page nests more than " + MAX_DEPTH + " elements; using all paragraphs"));
    }
    Element body = page.body();
    body.select(NON_CONTENT + ", script, style, noscript").remove();
    return HtmlBlocks.texts(body);
  }

  /** Deepest element nesting, measured without recursion. */
  static int depth(org.jsoup.nodes.Document page) {
    int[] max = {0};
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> max[0] = Math.max(max[0], depth), page);
    return max[0];
  }

  /** Page regions outside the article, one summary line each. */
  private static List<Dropped> nonContent(org.jsoup.nodes.Document page) {
    List<Dropped> dropped = new ArrayList<>();
    for (Element element : page.body().select(NON_CONTENT)) {
      if (element.parents().is(NON_CONTENT)) {
        continue;
      }
      String text = element.text().strip();
      if (!text.isEmpty()) {
        dropped.add(new Dropped(null, summary(element.tagName(), text), reasonOf(element)));
      }
    }
    return dropped;
  }

  private static DropReason reasonOf(Element element) {
    String names = (element.tagName() + " " + element.className() + " " + element.id())
        .toLowerCase(java.util.Locale.ROOT);
    if (names.contains("nav") || names.contains("menu") || names.contains("breadcrumb")) {
      return DropReason.NAVIGATION;
    }
    if (names.contains("comment") || names.startsWith("form")) {
      return DropReason.COMMENT_FORM;
    }
    if (names.contains("related")) {
      return DropReason.RELATED_LIST;
    }
    if (names.contains("share") || names.contains("social")) {
      return DropReason.SHARE_FOLLOW;
    }
    return DropReason.NON_CONTENT;
  }

  private static String summary(String tag, String text) {
    String cut = text.length() > SUMMARY_CHARS ? text.substring(0, SUMMARY_CHARS) + "…" : text;
    return "<" + tag + "> " + cut;
  }
}
