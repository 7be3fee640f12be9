package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.isnad.model.Problem;
import org.isnad.model.Published;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Turns the paragraphs of one article region into an {@link Article}: the line rules of text
 * pages ({@link LineTagger}: "اقرأ أيضاً", share calls, tag, source and byline lines…) plus
 * HTML evidence:
 * <ul>
 *   <li>a heading repeating the title is dropped ({@link DropReason#DUPLICATE_TITLE}); when the
 *       title comes from the region itself, its first heading is the title
 *       ({@link DropReason#TITLE});
 *   <li>linked paragraphs after an empty "اقرأ أيضاً:" and linked items after a
 *       "مقالات ذات صلة" heading are dropped until running text resumes;
 *   <li>a paragraph that is at least {@value #LINK_ONLY} links and not running text is a link to
 *       another story ({@link DropReason#READ_ALSO}, or {@link DropReason#RELATED_LIST} for list
 *       items);
 *   <li>an element named a byline by its class gives the author.
 * </ul>
 * Each kept paragraph gets a segment spanning the source of its element, in code points; a
 * paragraph whose element has no tracked source position gets none. Thread safe.
 */
final class HtmlBlockReader {
  static final double LINK_ONLY = 0.8;
  private static final double LINKED_ITEM = 0.5;
  private static final int MAX_BYLINE_WORDS = 12;

  private final LineTagger tagger = new LineTagger();
  private final FieldPhrases phrases = FieldPhrases.bundled();

  /** What one region holds besides its paragraphs. */
  record Region(List<HtmlBlock> blocks, List<String> tags, String datetime) {}

  /**
   * The article of a region, or {@code null} when no paragraph is left; dropped paragraphs are
   * added to {@code dropped}.
   *
   * @param titleFromRegion take the title from the region's first heading, not the metadata
   *     (the page holds several stories: only the first may take the URL's day)
   * @param problems receives date disagreements ({@link PublicationDay})
   */
  Article read(Document document, int index, Region region, PageMetadata metadata,
      boolean titleFromRegion, CodePointIndex codePoints, List<Dropped> dropped,
      List<Problem> problems) {
    List<HtmlBlock> blocks = region.blocks();
    List<Line> lines = lines(blocks, codePoints);
    List<LineTagger.Tag> tags = tagger.tag(lines, SiteTemplate.empty());
    ArticleDraft draft = new ArticleDraft();
    draft.title = titleFromRegion ? null : metadata.title();
    boolean readAlsoPending = false;
    boolean relatedPending = false;
    for (int i = 0; i < lines.size(); i++) {
      HtmlBlock block = blocks.get(i);
      Line line = lines.get(i);
      LineKind kind = tags.get(i).kind();
      DropReason reason;
      if (block.field() == DropReason.BYLINE) {
        reason = line.words() <= MAX_BYLINE_WORDS ? DropReason.BYLINE : DropReason.AUTHOR_BIO;
        kind = reason == DropReason.BYLINE ? LineKind.BYLINE : LineKind.BIO;
      } else if (titleFromRegion && draft.title == null && block.heading()) {
        draft.title = line.text();
        reason = DropReason.TITLE;
      } else {
        reason = reasonToDrop(block, line, tags.get(i), draft.title, readAlsoPending,
            relatedPending);
      }
      if (!draft.hasBody()) {
        draft.takeTopLine(line);
      }
      if (reason == DropReason.DATE_STAMP) {
        draft.takeStampLine(line);
      }
      if (reason == null) {
        draft.add(line);
      } else {
        draft.takeField(line, kind, phrases);
        dropped.add(new Dropped(null, line.text(), reason));
      }
      readAlsoPending = kind == LineKind.READ_ALSO_EMPTY
          || readAlsoPending && reason == DropReason.READ_ALSO;
      relatedPending = kind == LineKind.RELATED_HEADER
          || relatedPending && reason != null && kind != LineKind.BODY;
    }
    if (!draft.hasBody()) {
      return null;
    }
    Article article = draft.build(document, index, phrases, new ArrayList<>());
    String url = metadata.url() != null ? metadata.url() : article.url();
    Published published = PublicationDay.decide(metadata.published(),
        metadata.publishedEvidence(), draft.stamp, titleFromRegion && index > 1 ? null : url,
        problems);
    return withMetadata(article, metadata, region.tags(), published);
  }

  private static DropReason reasonToDrop(HtmlBlock block, Line line, LineTagger.Tag tag,
      String title, boolean readAlsoPending, boolean relatedPending) {
    LineKind kind = tag.kind();
    boolean text = kind == LineKind.BODY || kind == LineKind.HEADLINE || kind == LineKind.LABEL;
    if (!text) {
      return tag.reason() == null ? DropReason.NON_CONTENT : tag.reason();
    }
    if (block.heading() && title != null && sameTitle(line.match(), MatchText.of(title))) {
      return DropReason.DUPLICATE_TITLE;
    }
    if (kind == LineKind.BODY && block.linkDensity() < LINK_ONLY) {
      return null;
    }
    if (readAlsoPending && block.linkDensity() >= LINKED_ITEM) {
      return DropReason.READ_ALSO;
    }
    if (relatedPending && block.linkDensity() >= LINKED_ITEM) {
      return DropReason.RELATED_LIST;
    }
    boolean item = block.element().normalName().equals("li");
    if (block.linkDensity() >= LINK_ONLY || item && block.linkDensity() >= LINKED_ITEM) {
      return item ? DropReason.RELATED_LIST : DropReason.READ_ALSO;
    }
    return null;
  }

  private static boolean sameTitle(String heading, String title) {
    return heading.equals(title) || heading.length() > 10 && title.contains(heading)
        || title.length() > 10 && heading.contains(title);
  }

  private static List<Line> lines(List<HtmlBlock> blocks, CodePointIndex codePoints) {
    List<Line> lines = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      HtmlBlock block = blocks.get(i);
      int[] range = sourceRange(block.element());
      int start = range == null ? -1 : codePoints.codePoints(range[0]);
      int end = range == null ? -1 : codePoints.codePoints(range[1]);
      lines.add(Line.block(i + 1, block.text(), start, end));
    }
    return lines;
  }

  /**
   * UTF-16 {@code [start, end)} of an element in the page source, from its start tag to its end
   * tag (or, when the end tag is implied, to the end of its last descendant), or {@code null}
   * when the parse did not track it.
   */
  static int[] sourceRange(Element element) {
    if (!element.sourceRange().isTracked()) {
      return null;
    }
    int start = element.sourceRange().startPos();
    int end = element.endSourceRange().isTracked() ? element.endSourceRange().endPos()
        : lastTrackedEnd(element);
    return end < start ? null : new int[] {start, end};
  }

  private static int lastTrackedEnd(Element element) {
    int end = element.sourceRange().endPos();
    Node node = element;
    while (node.childNodeSize() > 0) {
      node = node.childNode(node.childNodeSize() - 1);
      if (node.sourceRange().isTracked()) {
        end = Math.max(end, node.sourceRange().endPos());
      }
      if (node instanceof Element child && child.endSourceRange().isTracked()) {
        end = Math.max(end, child.endSourceRange().endPos());
      }
    }
    return end;
  }

  private static Article withMetadata(Article article, PageMetadata metadata,
      List<String> regionTags, Published published) {
    List<String> tags = !metadata.tags().isEmpty() ? metadata.tags()
        : !regionTags.isEmpty() ? regionTags : article.tags();
    String language = !article.language().equals("und") || metadata.language() == null
        ? article.language() : metadata.language();
    return new Article(article.id(), article.documentId(), article.title(), article.text(),
        metadata.outlet() != null ? metadata.outlet() : article.outlet(),
        article.author() != null ? article.author() : metadata.author(),
        article.dateline(), article.credit(), tags, language,
        metadata.url() != null ? metadata.url() : article.url(), published, article.segments());
  }
}
