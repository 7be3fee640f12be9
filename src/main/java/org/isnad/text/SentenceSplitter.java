package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into sentences. Rules:
 * <ul>
 *   <li>a line break (or a blank line) always ends a sentence: in flattened news pages a
 *       paragraph, a headline or a caption is a line;
 *   <li>a run of {@code . ! ? ؟ ۔} ends a sentence when white space or the end of the text
 *       follows it, together with the closing quotes and brackets right after it ({@code ».},
 *       {@code .”}); {@code ! ? ؟} also end one when an Arabic letter follows without a space,
 *       and so does a full stop between two Arabic words of two letters or more
 *       ("الاجتماع.وقال");
 *   <li>two dots or an ellipsis ({@code ..}, {@code ...}, {@code …}) end a sentence only at the
 *       end of a line. Design decision: Arabic news uses them to join the two halves of a
 *       headline ("سوريا.. 12 قتيلاً", "جلسة الغد... نائب"), and cutting there would part an
 *       event from its subject; a trailing-off ellipsis inside a quotation is not an end either;
 *   <li>not an end: an abbreviation of {@code sentence-abbreviations.txt} ("إلخ.", "Dr."), a
 *       single letter before a full stop (initials "ع. م.", "د.", "هـ."), letters joined by full
 *       stops ("أ.ف.ب.", "U.S."), a full stop inside a number (6.58) or a word (URLs), a list
 *       number ("1. ") at the start of a line;
 *   <li>the Arabic comma ، and semicolon ؛, colons and dashes never end a sentence;
 *   <li>sentences are trimmed of white space, invisible marks and no-break spaces; none is empty;
 *   <li>a sentence longer than {@link #MAX_CHARS} is cut after its last blank within the limit
 *       (or at the limit when it has none): only text without punctuation gets there, and
 *       bounding a sentence bounds the annotators' work on it.
 * </ul>
 * Offsets are UTF-16 indices into the given text. Immutable and thread safe.
 */
public final class SentenceSplitter {
  private static final SentenceSplitter STANDARD = new SentenceSplitter(
      Set.copyOf(TextResources.foldedLines("sentence-abbreviations.txt")));
  private static final String CLOSERS = "\"'”’»)]}›〞＂";
  private static final String OPENERS = "\"'“‘«([{‹〝＂";
  private static final Pattern JOINED_LETTERS = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
  /**
   * The longest sentence, in UTF-16 units: text without punctuation (a page of megabytes with no
   * full stop or line break) is cut into pieces of at most this many, so that the annotators'
   * work per sentence stays bounded. The longest sentence of the gold corpora has about 3,100.
   */
  public static final int MAX_CHARS = 4096;
  private final Set<String> abbreviations;
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

  private SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The splitter with the bundled abbreviations. */
  public static SentenceSplitter standard() {
    return STANDARD;
  }

  /**
   * The sentences of {@code text} in order, not overlapping, trimmed, never empty.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<Sentence> split(String text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        add(text, start, i, sentences);
        start = ++i;
      } else if (isTerminator(c)) {
        int end = runEnd(text, i);
        if (endsSentence(text, i, end)) {
          add(text, start, end, sentences);
          start = end;
        }
        i = end;
      } else {
        i++;
      }
    }
    add(text, start, text.length(), sentences);
    return sentences;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == ArabicLetters.ARABIC_QUESTION_MARK
        || c == ArabicLetters.ARABIC_FULL_STOP || c == '…';
  }

  /** End of the run of terminators and closing quotes starting at {@code i}. */
  private static int runEnd(String text, int i) {
    int end = i;
    while (end < text.length()
        && (isTerminator(text.charAt(end)) || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    return end;
  }

  private boolean endsSentence(String text, int start, int end) {
    if (end >= text.length() || isLineBreak(text.charAt(end))) {
      return true;
    }
    char next = text.charAt(end);
    String run = text.substring(start, end);
    if (!isBlank(next)) {
      return isGluedEnd(text, start, end, run);
    }
    if (run.startsWith("..") || run.charAt(0) == '…') {
      return false;
    }
    return run.charAt(0) != '.' || !isAbbreviation(text, start) && !isListNumber(text, start);
  }

  /** A terminator with no space after it ends a sentence only between Arabic words. */
  private static boolean isGluedEnd(String text, int start, int end, String run) {
    if (!ArabicLetters.isArabicLetter(text.charAt(end)) || run.startsWith("..")
        || run.charAt(0) == '…') {
      return false;
    }
    if (run.charAt(0) != '.') {
      return true;
    }
    return arabicLettersBefore(text, start) >= 2 && arabicLettersAfter(text, end) >= 2;
  }

  private static int arabicLettersBefore(String text, int i) {
    int n = 0;
    while (i - n > 0 && ArabicLetters.isArabicLetter(text.charAt(i - n - 1))) {
      n++;
    }
    return n;
  }

  private static int arabicLettersAfter(String text, int i) {
    int n = 0;
    while (i + n < text.length() && ArabicLetters.isArabicLetter(text.charAt(i + n))) {
      n++;
    }
    return n;
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicLetters.isInvisible(c);
  }

  private boolean isAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && !isBlank(text.charAt(start - 1))
        && OPENERS.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    String word = normalizer.normalizeToString(text.substring(start, dot));
    if (word.isEmpty()) {
      return false;
    }
    boolean singleLetter = word.codePointCount(0, word.length()) == 1
        && Character.isLetter(word.codePointAt(0));
    return singleLetter || abbreviations.contains(word)
        || JOINED_LETTERS.matcher(word).matches();
  }

  private static boolean isListNumber(String text, int dot) {
    int start = dot;
    while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
      start--;
    }
    int lineStart = start;
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && isBlank(text.charAt(lineStart - 1))) {
      lineStart--;
    }
    return start < dot && dot - start <= 2 && (lineStart == 0 || text.charAt(lineStart - 1) == '\n');
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    while (end - start > MAX_CHARS) {
      int cut = cut(text, start);
      add(text, start, cut, out);
      start = cut;
      while (start < end && isBlank(text.charAt(start))) {
        start++;
      }
    }
    if (start < end) {
      out.add(new Sentence(start, end));
    }
  }

  /**
   * Where an over-long sentence starting at {@code start} is cut: after the last blank within
   * {@link #MAX_CHARS}, else at the limit itself (never inside a surrogate pair).
   */
  private static int cut(String text, int start) {
    int limit = start + MAX_CHARS;
    for (int i = limit; i > start + MAX_CHARS / 2; i--) {
      if (isBlank(text.charAt(i - 1))) {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
