package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.isnad.model.Extraction;
import org.isnad.model.Problem;
import org.isnad.model.Published;
import org.isnad.model.Stage;

/**
 * Turns the main-content blocks of an HTML page into an article: the line rules of text pages
 * drop in-body furniture and read fields, the page metadata fills title, outlet, author, date,
 * tags and URL.
 */
final class HtmlBlockReader {
  private final LineTagger tagger = new LineTagger();
  private final FieldPhrases phrases = FieldPhrases.bundled();

  Extraction read(Document document, List<String> blocks, Map<String, int[]> ranges,
      PageMetadata metadata, List<Dropped> pageDropped, List<Problem> problems) {
    List<Line> lines = lines(document.content(), blocks, ranges);
    List<LineTagger.Tag> tags = tagger.tag(lines, SiteTemplate.empty());
    List<Dropped> dropped = new ArrayList<>(pageDropped);
    ArticleDraft draft = new ArticleDraft();
    draft.title = metadata.title();
    boolean readAlsoPending = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      LineTagger.Tag tag = tags.get(i);
      DropReason reason = reasonToDrop(line, tag, draft.title, readAlsoPending);
      if (reason == null) {
        draft.add(line);
      } else {
        draft.takeField(line, tag.kind(), phrases);
        dropped.add(new Dropped(null, line.text(), reason));
      }
      readAlsoPending = tag.kind() == LineKind.READ_ALSO_EMPTY;
    }
    if (!draft.hasBody()) {
      List<Problem> all = new ArrayList<>(problems);
      all.add(Problem.error(Stage.EXTRACT, blocks.isEmpty() ? "no-content" : "no-article",
          "no article text found in the page: " + document.source()));
      return new Extraction(document, List.of(), dropped, all);
    }
    Article article = withMetadata(draft.build(document, 1, phrases), metadata);
    return new Extraction(document, List.of(article), dropped, problems);
  }

  private static DropReason reasonToDrop(Line line, LineTagger.Tag tag, String title,
      boolean readAlsoPending) {
    LineKind kind = tag.kind();
    boolean text = kind == LineKind.BODY || kind == LineKind.HEADLINE || kind == LineKind.LABEL;
    if (!text) {
      return tag.reason() == null ? DropReason.NON_CONTENT : tag.reason();
    }
    if (title != null && line.match().equals(MatchText.of(title))) {
      return DropReason.DUPLICATE_TITLE;
    }
    return readAlsoPending && kind != LineKind.BODY ? DropReason.READ_ALSO : null;
  }

  private static List<Line> lines(String content, List<String> blocks, Map<String, int[]> ranges) {
    List<Line> lines = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      int[] range = ranges.get(blocks.get(i));
      int start = range == null ? -1 : content.codePointCount(0, range[0]);
      int end = range == null ? -1 : start + content.codePointCount(range[0], range[1]);
      lines.add(Line.block(i + 1, blocks.get(i), start, end));
    }
    return lines;
  }

  private static Article withMetadata(Article article, PageMetadata metadata) {
    Published published = article.published();
    if (published.value() == null && metadata.published() != null) {
      published = Published.fromMetadata(isoDate(metadata.published()),
          metadata.publishedFrom() + ": " + metadata.published());
    }
    return new Article(article.id(), article.documentId(), article.title(), article.text(),
        metadata.outlet() != null ? metadata.outlet() : article.outlet(),
        article.author() != null ? article.author() : metadata.author(),
        article.dateline(), article.credit(),
        article.tags().isEmpty() ? metadata.tags() : article.tags(),
        metadata.language() != null && metadata.language().startsWith("ar") ? "ar"
            : article.language(),
        article.url() != null ? article.url() : metadata.url(), published, article.segments());
  }

  private static String isoDate(String value) {
    return value.length() >= 10 && value.charAt(4) == '-' ? value.substring(0, 10) : value;
  }
}
