package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.DropReason;

/**
 * Cuts a line where page furniture is glued to a paragraph, so only the furniture is dropped:
 * <ul>
 *   <li>a long line that starts with a "read also" phrase («إقرأ المزيد وفي هذا السياق نقلت
 *       الوكالة …»): saved page text loses the link and keeps the phrase in front of the next
 *       paragraph. The line is cut after the phrase only when the rest is running text of its
 *       own: at least {@value LineTagger#LONG_WORDS} words, tagged {@link LineKind#BODY}, not a
 *       biography and free of the page chrome of {@code glued-chrome.txt} (a source or tag line,
 *       a featured-topics box, a poll); otherwise the whole line stays furniture, as before;
 *   <li>a footer glued after the article's last sentence («… بعد محادثاته مع الأسد . التعليق
 *       2018 جميع حقوق النشر محفوظة …»): the line is cut after the last full stop before the
 *       copyright phrase when the text before it is a sentence of at least
 *       {@value LineTagger#SENTENCE_MIN_WORDS} words.
 * </ul>
 * Both pieces keep the line's number. Thread safe.
 */
final class GluedFurniture {
  private static final String PUNCTUATION = ":.,،-–—…|";
  private static final String SENTENCE_ENDS = ".!?؟";
  private final PhraseLexicon lexicon = PhraseLexicon.bundled();
  private final FieldPhrases fields = FieldPhrases.bundled();
  private final List<String> chrome =
      ResourceLines.read("glued-chrome.txt").stream().map(MatchText::of).toList();
  private final List<String[]> commentLinks = ResourceLines.read("comment-links.txt").stream()
      .map(GluedFurniture::commentLink).toList();
  private final LineTagger tagger;

  GluedFurniture(LineTagger tagger) {
    this.tagger = tagger;
  }

  /** The lines, with each line of glued furniture cut into furniture and paragraph. */
  List<Line> cut(List<Line> lines, SiteTemplate template) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      out.addAll(cutOne(line, template));
    }
    return out;
  }

  private static String[] commentLink(String entry) {
    String[] parts = entry.split("\t");
    if (parts.length != 2) {
      throw new IllegalStateException("comment-links.txt: expected before<TAB>after: " + entry);
    }
    return new String[] {MatchText.of(parts[0]), MatchText.of(parts[1])};
  }

  private List<Line> cutOne(Line line, SiteTemplate template) {
    List<Line> post = cutCommentLink(line, template);
    if (post.size() > 1) {
      return post;
    }
    List<Line> footer = cutFooter(line);
    if (footer.size() == 2) {
      List<Line> head = cutReadAlso(footer.get(0), template);
      if (isLastSentence(head.get(head.size() - 1), template)) {
        List<Line> pieces = new ArrayList<>(head);
        pieces.add(footer.get(1));
        return pieces;
      }
    }
    return cutReadAlso(line, template);
  }

  private List<Line> cutReadAlso(Line line, SiteTemplate template) {
    int phraseWords = lexicon.leadingPhraseWords(line.match(), DropReason.READ_ALSO);
    if (phraseWords == 0 || line.words() < phraseWords + LineTagger.LONG_WORDS) {
      return List.of(line);
    }
    int restStart = afterWords(line.text(), phraseWords);
    if (restStart >= line.text().length()) {
      return List.of(line);
    }
    List<Line> pieces = split(line, restStart);
    return isParagraph(pieces.get(1), template) ? pieces : List.of(line);
  }

  private boolean isParagraph(Line rest, SiteTemplate template) {
    return rest.words() >= LineTagger.LONG_WORDS
        && !fields.isBiography(rest)
        && tagger.tagLine(rest, template).kind() == LineKind.BODY
        && chrome.stream().noneMatch(rest.match()::contains);
  }

  private List<Line> cutFooter(Line line) {
    int before = lexicon.wordsBeforeContainedPhrase(line.match(), DropReason.NON_CONTENT);
    if (before < LineTagger.SENTENCE_MIN_WORDS) {
      return List.of(line);
    }
    int cut = afterLastSentence(line.text(), before);
    return cut <= 0 ? List.of(line) : split(line, cut);
  }

  /** The text before a footer is kept when it is a sentence, not more chrome. */
  private boolean isLastSentence(Line head, SiteTemplate template) {
    LineKind kind = tagger.tagLine(head, template).kind();
    return head.words() >= LineTagger.SENTENCE_MIN_WORDS
        && (kind == LineKind.BODY || kind == LineKind.HEADLINE)
        && chrome.stream().noneMatch(head.match()::contains);
  }

  /**
   * «التعليقات على <title> مغلقة <excerpt>»: the link words, the title and the excerpt, when the
   * excerpt is long enough to open an article of its own.
   */
  private List<Line> cutCommentLink(Line line, SiteTemplate template) {
    for (String[] link : commentLinks) {
      if (!line.match().startsWith(link[0] + " ")) {
        continue;
      }
      int at = line.match().indexOf(" " + link[1] + " ");
      if (at < 0) {
        continue;
      }
      int before = link[0].split(" ").length;
      int titleWords = line.match().substring(0, at).split(" ").length - before;
      int after = before + titleWords + link[1].split(" ").length;
      String text = line.text();
      int titleStart = afterWords(text, before);
      int titleEnd = afterWords(text, before + titleWords);
      int excerptStart = afterWords(text, after);
      if (titleWords < LineTagger.HEADLINE_MIN_WORDS || excerptStart >= text.length()) {
        continue;
      }
      List<Line> pieces = List.of(piece(line, 0, titleStart), piece(line, titleStart, titleEnd),
          piece(line, titleEnd, excerptStart), piece(line, excerptStart, text.length()));
      Line excerpt = pieces.get(3);
      if (excerpt.words() >= LineTagger.LONG_WORDS
          && tagger.tagLine(pieces.get(1), template).kind() == LineKind.HEADLINE
          && tagger.tagLine(excerpt, template).kind() == LineKind.BODY) {
        return pieces;
      }
    }
    return List.of(line);
  }

  /**
   * The line's text from {@code from} to {@code to}, stripped, starting where its first kept
   * character is in the source (the whitespace stripped before it counted).
   */
  private static Line piece(Line line, int from, int to) {
    String text = line.text();
    int first = Math.min(wordStart(text, from), to);
    return Line.of(line.number(), text.substring(from, to).strip(),
        line.start() + text.codePointCount(0, first));
  }

  private static List<Line> split(Line line, int at) {
    return List.of(piece(line, 0, at), piece(line, at, line.text().length()));
  }

  /** The first index at or after {@code from} that is not whitespace (or the text's length). */
  private static int wordStart(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the word starting at {@code start}: the next whitespace or the text's end. */
  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index in {@code text} after its first {@code count} words and the punctuation after. */
  static int afterWords(String text, int count) {
    int i = 0;
    int words = 0;
    while (i < text.length()) {
      int start = wordStart(text, i);
      i = wordEnd(text, start);
      if (start == i) {
        break;
      }
      if (words >= count && !isPunctuation(text.substring(start, i))) {
        return start;
      }
      words++;
    }
    return text.length();
  }

  /**
   * The index in {@code text} just after the last word ending a sentence among its first
   * {@code count} words, or -1 when none does. An ellipsis («. . .», «…») ends a teaser of another
   * story, not a sentence.
   */
  static int afterLastSentence(String text, int count) {
    int i = 0;
    int words = 0;
    int cut = -1;
    int beforeStop = -1;
    String previous = "";
    while (i < text.length() && words < count) {
      int start = wordStart(text, i);
      i = wordEnd(text, start);
      if (start == i) {
        break;
      }
      String token = text.substring(start, i);
      boolean spacedEllipsis = token.equals(".") && previous.endsWith(".");
      if (spacedEllipsis) {
        cut = beforeStop;
      } else if (SENTENCE_ENDS.indexOf(token.charAt(token.length() - 1)) >= 0
          && !token.endsWith("..")) {
        beforeStop = cut;
        cut = i;
      }
      previous = token;
      words++;
    }
    return cut;
  }

  private static boolean isPunctuation(String token) {
    return token.chars().allMatch(c -> PUNCTUATION.indexOf(c) >= 0);
  }
}
