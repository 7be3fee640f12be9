package org.isnad.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences. Rules:
 * <ul>
 *   <li>a line break always ends a sentence (news paragraphs are lines);
 *   <li>{@code . ! ? ؟ ۔} and a final ellipsis end a sentence when followed by white space or the
 *       end, together with any closing quotes and brackets after them ({@code ».} {@code ”.});
 *   <li>not a sentence end: an abbreviation from {@code sentence-abbreviations.txt} ("د.",
 *       "أ.ف.ب"), a single letter with a full stop (initials "ع. م."), a full stop inside a
 *       number (6.58) or a word (a URL), a list number ("1. ") at the start of a line, and a
 *       run of two dots used as a separator inside a headline ("سوريا.. 12 قتيلاً");
 *   <li>the Arabic comma ، and semicolon ؛ never end a sentence.
 * </ul>
 * Offsets are UTF-16 indices into the given text. Immutable and thread safe.
 */
public final class SentenceSplitter {
  private static final SentenceSplitter BUNDLED = new SentenceSplitter(
      new HashSet<>(TextResources.normalisedLines("sentence-abbreviations.txt")));
  private static final String CLOSERS = "\"'”’»)]}›";
  private final Set<String> abbreviations;
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

  private SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  public static SentenceSplitter standard() {
    return BUNDLED;
  }

  public List<Sentence> split(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(text, start, i, sentences);
        start = i + 1;
      } else if (isTerminator(c) && endsSentence(text, i)) {
        int end = afterClosers(text, i + 1);
        add(text, start, end, sentences);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, text.length(), sentences);
    return sentences;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == ArabicLetters.ARABIC_QUESTION_MARK
        || c == ArabicLetters.ARABIC_FULL_STOP || c == '…';
  }

  private boolean endsSentence(String text, int i) {
    int after = afterClosers(text, i + 1);
    while (after < text.length() && isTerminator(text.charAt(after))) {
      after = afterClosers(text, after + 1);
    }
    if (after < text.length() && !Character.isWhitespace(text.charAt(after))) {
      return false;
    }
    if (after >= text.length() || text.charAt(after) == '\n') {
      return true;
    }
    if (text.charAt(i) != '.') {
      return !isRunInsideHeadline(text, i);
    }
    return !isRunInsideHeadline(text, i) && !isAbbreviation(text, i) && !isListNumber(text, i);
  }

  /** Two dots or an ellipsis followed by more text on the line: a separator, not an end. */
  private static boolean isRunInsideHeadline(String text, int i) {
    boolean run = text.charAt(i) == '…' || i + 1 < text.length() && text.charAt(i + 1) == '.'
        || i > 0 && text.charAt(i - 1) == '.';
    return run;
  }

  private boolean isAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))
        && CLOSERS.indexOf(text.charAt(start - 1)) < 0 && "(\"«“".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    String word = normalizer.normalizeToString(text.substring(start, dot));
    if (word.isEmpty()) {
      return false;
    }
    boolean singleLetter = word.length() == 1 && Character.isLetter(word.charAt(0));
    return singleLetter || abbreviations.contains(word) || abbreviations.contains(
        word.replace(".", " ").strip()) || word.matches("(\\p{L}\\.)+\\p{L}");
  }

  private static boolean isListNumber(String text, int dot) {
    int start = dot;
    while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
      start--;
    }
    return start < dot && (start == 0 || text.charAt(start - 1) == '\n') && dot - start <= 2;
  }

  private static int afterClosers(String text, int i) {
    while (i < text.length() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      out.add(new Sentence(start, end));
    }
  }
}
