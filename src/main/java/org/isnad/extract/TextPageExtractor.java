package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.isnad.model.Extraction;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Stage;

/**
 * Extracts articles from a page that is already flat text, one block a line (saved page text).
 *
 * <p>Each line gets a {@link LineKind} from {@link LineTagger}; then the page is read top to
 * bottom in three states:
 * <ul>
 *   <li><b>top</b>, before the body: navigation, tickers, the title, byline and dateline;
 *   <li><b>body</b>: running text and subheadings; "read also" links are dropped in place;
 *   <li><b>tail</b>, after an end-of-article marker (source line, tag line, related list, author
 *       box, comment form): furniture, unless a headline followed by a body opens a second
 *       article on the same page.
 * </ul>
 * Every non-blank line ends up either in an article's text or in the dropped list with a reason.
 *
 * <p>Thread safe: holds only immutable rule data.
 */
public final class TextPageExtractor {
  private static final int NEW_ARTICLE_MIN_WORDS = 30;
  private static final int TITLE_CONTEXT_LINES = 4;
  /** The most words a site header or site name glued to a repeated title may have. */
  private static final int MAX_TITLE_FRAME_WORDS = 6;
  /** A title found inside a longer line counts as repeated only from this many words. */
  private static final int MIN_FRAMED_TITLE_WORDS = 5;
  private final LineTagger tagger = new LineTagger();
  private final FieldPhrases phrases = FieldPhrases.bundled();
  private final GluedFurniture gluedFurniture = new GluedFurniture(tagger);

  /** Extracts the articles of a text document; never throws on content. */
  public Extraction extract(Document document, SiteTemplate template) {
    List<Line> lines = gluedFurniture.cut(LineReader.read(document.content()), template);
    if (lines.isEmpty()) {
      return failed(document, List.of(), ProblemCode.NO_CONTENT, "the page has no text");
    }
    Reading reading = new Reading(lines, tagger.tag(lines, template));
    reading.run();
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (ArticleDraft draft : reading.drafts) {
      if (draft.hasBody()) {
        articles.add(draft.build(document, articles.size() + 1, phrases, problems));
      }
    }
    if (articles.isEmpty()) {
      return failed(document, byLine(reading.dropped), ProblemCode.NO_ARTICLE,
          "every line of the page is boilerplate; no article text found");
    }
    return new Extraction(document, articles, byLine(reading.dropped), problems);
  }

  private static List<Dropped> byLine(List<Dropped> dropped) {
    return dropped.stream().sorted(java.util.Comparator.comparing(Dropped::line)).toList();
  }

  private static Extraction failed(Document document, List<Dropped> dropped, ProblemCode code,
      String message) {
    return new Extraction(document, List.of(), dropped,
        List.of(Problem.error(Stage.EXTRACT, code, message + ": " + document.source())));
  }

  private enum State { TOP, BODY, TAIL }

  /** One pass over a page's lines. */
  private final class Reading {
    private final List<Line> lines;
    private final List<LineTagger.Tag> tags;
    final List<ArticleDraft> drafts = new ArrayList<>();
    final List<Dropped> dropped = new ArrayList<>();
    private final List<Integer> topCandidates = new ArrayList<>();
    private ArticleDraft draft = new ArticleDraft();
    private State state = State.TOP;
    private boolean readAlsoPending;
    private DropReason tailReason = DropReason.TICKER;

    Reading(List<Line> lines, List<LineTagger.Tag> tags) {
      this.lines = lines;
      this.tags = tags;
      drafts.add(draft);
    }

    void run() {
      for (int i = 0; i < lines.size(); i++) {
        switch (state) {
          case TOP -> top(i);
          case BODY -> body(i);
          case TAIL -> tail(i);
        }
      }
      topCandidates.forEach(i -> drop(i, DropReason.TICKER));
    }

    private void top(int i) {
      LineKind kind = tags.get(i).kind();
      draft.takeTopLine(lines.get(i));
      if (kind == LineKind.HEADLINE) {
        topCandidates.add(i);
      } else if (kind == LineKind.BODY) {
        resolveTop(i);
        if (repeatsTitle(lines.get(i))) {
          drop(i, DropReason.DUPLICATE_TITLE);
        } else {
          draft.add(lines.get(i));
        }
        state = State.BODY;
      } else if (kind == LineKind.LABEL) {
        drop(i, DropReason.NAVIGATION);
      } else {
        field(i);
      }
    }

    private void body(int i) {
      LineKind kind = tags.get(i).kind();
      if (repeatsTitle(lines.get(i))) {
        drop(i, DropReason.DUPLICATE_TITLE);
        return;
      }
      if (kind == LineKind.BODY || kind == LineKind.HEADLINE || kind == LineKind.LABEL) {
        if (readAlsoPending && kind != LineKind.BODY) {
          drop(i, DropReason.READ_ALSO);
        } else {
          draft.add(lines.get(i));
        }
        readAlsoPending = false;
        return;
      }
      readAlsoPending = kind == LineKind.READ_ALSO_EMPTY;
      field(i);
      if (endsArticle(kind, tags.get(i).reason())) {
        state = State.TAIL;
        tailReason = tags.get(i).reason();
      }
    }

    private void tail(int i) {
      LineKind kind = tags.get(i).kind();
      if (kind == LineKind.HEADLINE && opensArticle(i)) {
        draft = new ArticleDraft();
        drafts.add(draft);
        state = State.TOP;
        readAlsoPending = false;
        topCandidates.add(i);
      } else if (kind == LineKind.HEADLINE || kind == LineKind.LABEL) {
        drop(i, readAlsoPending ? DropReason.READ_ALSO : tailReason);
        readAlsoPending = false;
      } else if (kind == LineKind.BODY) {
        draft.add(lines.get(i));
      } else {
        readAlsoPending = kind == LineKind.READ_ALSO_EMPTY;
        field(i);
        if (tags.get(i).reason() != null && endsArticle(kind, tags.get(i).reason())) {
          tailReason = tags.get(i).reason();
        }
      }
    }

    /**
     * The first body line has come: decide which headline above it is the title. Repeats of a
     * candidate are set aside first, so a title printed twice is one title and one duplicate.
     */
    private void resolveTop(int firstBody) {
      List<Integer> unique = new ArrayList<>();
      for (int index : topCandidates) {
        if (unique.stream().noneMatch(u -> sameText(u, index))) {
          unique.add(index);
        }
      }
      int title = unique.isEmpty() ? -1 : unique.get(TitleChooser.choose(
          unique.stream().map(lines::get).toList(), bodyLines(firstBody)));
      for (int index : topCandidates) {
        if (index == title) {
          draft.title = lines.get(index).text();
          drop(index, DropReason.TITLE);
        } else if (title >= 0 && (sameText(index, title) || repeatsTitle(lines.get(index)))) {
          drop(index, DropReason.DUPLICATE_TITLE);
        } else if (title < 0 || index < title || !unique.contains(index)) {
          drop(index, DropReason.TICKER);
        } else {
          draft.add(lines.get(index));
        }
      }
      topCandidates.clear();
    }

    /**
     * The line is the article's title again, alone or with a short site header before it or a
     * site name after it («أخبار العراق " " <title>», «<title> - اليوم السابع»); a framed title
     * must have {@value #MIN_FRAMED_TITLE_WORDS} words, and a sentence that ends the title is no
     * repeat of a headline that does not end like one.
     */
    private boolean repeatsTitle(Line line) {
      if (draft.title == null) {
        return false;
      }
      String title = MatchText.of(draft.title);
      String match = line.match();
      if (match.equals(title)) {
        return true;
      }
      int at = match.indexOf(title);
      if (at < 0 || title.split(" ").length < MIN_FRAMED_TITLE_WORDS
          || line.endsLikeSentence() && !Line.of(0, draft.title, 0).endsLikeSentence()) {
        return false;
      }
      String before = match.substring(0, at).strip();
      String after = match.substring(at + title.length()).strip();
      String frame = before.isEmpty() ? after : before;
      return (before.isEmpty() || after.isEmpty())
          && frame.split(" ").length <= MAX_TITLE_FRAME_WORDS;
    }

    private boolean sameText(int a, int b) {
      return lines.get(a).match().equals(lines.get(b).match());
    }

    private List<Line> bodyLines(int from) {
      List<Line> body = new ArrayList<>();
      for (int i = from; i < lines.size() && body.size() < TITLE_CONTEXT_LINES; i++) {
        if (tags.get(i).kind() == LineKind.BODY) {
          body.add(lines.get(i));
        }
      }
      return body;
    }

    /**
     * A headline in the tail opens a new article when running text follows it: furniture and a
     * dateline may come between, but another headline or a link list before any text means the
     * headline was a link, not an article.
     */
    private boolean opensArticle(int headline) {
      int words = 0;
      boolean body = false;
      for (int i = headline + 1; i < lines.size(); i++) {
        LineKind kind = tags.get(i).kind();
        if (kind == LineKind.BODY) {
          body = true;
          words += lines.get(i).words();
        } else if (body && (kind == LineKind.HEADLINE || kind == LineKind.LABEL)) {
          words += lines.get(i).words();
        } else if (body ? endsArticle(kind, tags.get(i).reason()) : breaksOpening(kind)) {
          break;
        }
      }
      return body && words >= NEW_ARTICLE_MIN_WORDS;
    }

    /** Records a non-text line: fields go to the current article, the rest is furniture. */
    private void field(int i) {
      LineTagger.Tag tag = tags.get(i);
      draft.takeField(lines.get(i), tag.kind(), phrases);
      if (tag.reason() == DropReason.DATE_STAMP && state != State.TAIL) {
        draft.takeStampLine(lines.get(i));
      }
      drop(i, tag.reason() == null ? DropReason.NON_CONTENT : tag.reason());
    }

    private void drop(int i, DropReason reason) {
      Line line = lines.get(i);
      dropped.add(new Dropped(line.number(), line.text(), reason));
    }
  }

  private static boolean breaksOpening(LineKind kind) {
    return kind == LineKind.HEADLINE || kind == LineKind.RELATED_HEADER
        || kind == LineKind.BULLET || kind == LineKind.SOURCE || kind == LineKind.TAGS;
  }

  private static boolean endsArticle(LineKind kind, DropReason reason) {
    return switch (kind) {
      case SOURCE, TAGS, RELATED_HEADER, BIO_NAME, BIO -> true;
      case FURNITURE -> reason == DropReason.COMMENT_FORM || reason == DropReason.BACK_TO_TOP
          || reason == DropReason.ERROR_LEFTOVER || reason == DropReason.RELATED_LIST;
      default -> false;
    };
  }
}
