package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.Problem;
import org.isnad.model.Published;
import org.isnad.model.Segment;

/** The article being assembled from the lines of a page: paragraphs and fields as they come. */
final class ArticleDraft {
  private static final String PARAGRAPH_BREAK = "\n\n";
  private final List<Line> paragraphs = new ArrayList<>();
  String title;
  String byline;
  String bylineSite;
  String boxAuthor;
  Dateline dateline;
  String source;
  List<String> tags = List.of();
  /** The first date stamp seen for this article (a stamp line, or a stamp in the title area). */
  PublicationDay.Stamp stamp;

  /** Adds a paragraph; a dateline opening the first one also fills the dateline field. */
  void add(Line line) {
    if (paragraphs.isEmpty() && dateline == null) {
      dateline = Dateline.leading(line.text());
    }
    paragraphs.add(line);
  }

  /** Keeps what a field line says: source, byline, tags, dateline or author-box name. */
  void takeField(Line line, LineKind kind, FieldPhrases phrases) {
    switch (kind) {
      case SOURCE -> source = phrases.sourceValue(line);
      case BYLINE -> byline(line, phrases);
      case TAGS -> tags = TagLine.values(line.text());
      case DATELINE -> dateline = dateline == null ? Dateline.parse(line.text()) : dateline;
      case BIO_NAME -> boxAuthor = line.text();
      default -> { }
    }
  }

  /** Reads the date of a line that is only a date stamp, unless a stamp was seen already. */
  void takeStampLine(Line line) {
    if (stamp == null) {
      StampDate.ofStampLine(line).ifPresent(d -> stamp = new PublicationDay.Stamp(d, line.text()));
    }
  }

  /** Reads a stamp in a line of the title area (before and at the first body line). */
  void takeTopLine(Line line) {
    if (stamp == null) {
      StampDate.ofTopLine(line).ifPresent(d -> stamp = new PublicationDay.Stamp(d,
          evidence(line.text())));
    }
  }

  private static String evidence(String text) {
    return text.length() <= StampDate.TOP_CHARS ? text : text.substring(0, StampDate.TOP_CHARS);
  }

  private void byline(Line line, FieldPhrases phrases) {
    String value = phrases.bylineValue(line);
    if (value != null) {
      byline = value;
      return;
    }
    String[] parts = line.text().split("\\s+[–—-]\\s+", 2);
    if (parts.length == 2) {
      bylineSite = parts[0].strip();
      byline = parts[1].strip();
    } else {
      byline = line.text();
    }
  }

  boolean hasBody() {
    return !paragraphs.isEmpty();
  }

  /**
   * The article, or {@code null} fields where the page gave none; title from metadata wins. The
   * publication day comes from the container's date, else this article's stamp, else (for the
   * first article of a page only: the URL names the page's story) the URL's day.
   *
   * @param problems receives date disagreements
   */
  Article build(Document document, int index, FieldPhrases phrases, List<Problem> problems) {
    StringBuilder text = new StringBuilder();
    List<Segment> segments = new ArrayList<>(paragraphs.size());
    int offset = 0;
    for (Line line : paragraphs) {
      if (text.length() > 0) {
        text.append(PARAGRAPH_BREAK);
        offset += PARAGRAPH_BREAK.length();
      }
      text.append(line.text());
      int length = line.text().codePointCount(0, line.text().length());
      if (line.start() >= 0) {
        segments.add(new Segment(offset, offset + length, line.start(), line.end()));
      }
      offset += length;
    }
    String body = text.toString();
    return new Article(document.id() + "-a" + index, document.id(), title(document, index), body,
        outlet(document, phrases), author(phrases), dateline == null ? null : dateline.display(),
        credit(phrases), tags, Language.of(body), document.hints().url(),
        published(document, index, problems), segments);
  }

  /**
   * The title the caller gave (a JSONL row's {@code title}) for the page's first article, else
   * the headline read from the page: a dateline or a photo caption above the body is never
   * preferred to the title the row states.
   */
  private String title(Document document, int index) {
    String given = GivenTitle.of(document.hints().title());
    return index == 1 && given != null && !given.isBlank() ? given.strip() : title;
  }

  private String author(FieldPhrases phrases) {
    if (byline != null && (boxAuthor == null || !phrases.isTeamByline(byline))) {
      return byline;
    }
    return boxAuthor != null ? boxAuthor : byline;
  }

  private String outlet(Document document, FieldPhrases phrases) {
    if (document.hints().outlet() != null) {
      return document.hints().outlet();
    }
    if (source != null && !phrases.isAgency(source)) {
      return source;
    }
    if (dateline != null && !phrases.isAgency(dateline.filer())) {
      return dateline.filer();
    }
    return bylineSite;
  }

  private String credit(FieldPhrases phrases) {
    if (source != null) {
      return source;
    }
    return dateline != null && phrases.isAgency(dateline.filer()) ? dateline.filer() : null;
  }

  private Published published(Document document, int index, List<Problem> problems) {
    String value = document.hints().published();
    String date = null;
    if (value != null && !value.isBlank()) {
      date = value.length() >= 10 && value.charAt(4) == '-' ? value.substring(0, 10) : value;
    }
    return PublicationDay.decide(date, date == null ? null : "source metadata: " + value, stamp,
        index == 1 ? document.hints().url() : null, problems);
  }
}
