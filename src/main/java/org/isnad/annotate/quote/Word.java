package org.isnad.annotate.quote;

import static org.isnad.text.GrammarWords.FA_LETTER;
import static org.isnad.text.GrammarWords.WA_LETTER;

import org.isnad.text.AlignedText;

/**
 * A word or punctuation mark of a normalised sentence. Its form without a glued conjunction is
 * computed once, when the word is made, so the many lexicon look-ups of a sentence share it; its
 * spelling in the article is cut from the article only when asked for. Two words are equal when
 * their forms, offsets, spellings and name ends are.
 */
final class Word {
  private final String text;
  private final int start;
  private final int end;
  private final boolean endsName;
  private final String bare;
  private final AlignedText article;
  private String written;

  /**
   * @param text the normalised form
   * @param start char offset in the normalised article text
   * @param end char offset, exclusive
   * @param written the word as the article writes it
   * @param endsName whether a person's name found by the entity annotator ends with this word
   */
  Word(String text, int start, int end, String written, boolean endsName) {
    this(text, start, end, written, endsName, null);
  }

  Word(String text, int start, int end) {
    this(text, start, end, text, false);
  }

  private Word(String text, int start, int end, String written, boolean endsName,
      AlignedText article) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.written = written;
    this.endsName = endsName;
    this.bare = bareOf(text);
    this.article = article;
  }

  /** A word of {@code article}'s normalised text, written as the original text spans it. */
  static Word of(AlignedText article, String text, int start, int end, boolean endsName) {
    return new Word(text, start, end, null, endsName, article);
  }

  /** The word without a glued conjunction و or ف: "وقال" → "قال"; a word of two letters stays. */
  static String bareOf(String text) {
    return text.length() > 2 && (text.charAt(0) == WA_LETTER || text.charAt(0) == FA_LETTER)
        ? text.substring(1) : text;
  }

  /** The normalised form. */
  String text() {
    return text;
  }

  /** Char offset in the normalised article text. */
  int start() {
    return start;
  }

  /** Char offset in the normalised article text, exclusive. */
  int end() {
    return end;
  }

  /** The word as the article writes it. */
  String written() {
    if (written == null) {
      written = article.original().substring(article.originalStart(start),
          article.originalEnd(end));
    }
    return written;
  }

  /** Whether a person's name found by the entity annotator ends with this word. */
  boolean endsName() {
    return endsName;
  }

  /** The normalised form without a glued conjunction و or ف. */
  String bare() {
    return bare;
  }

  boolean isPunctuation() {
    return !Character.isLetterOrDigit(text.codePointAt(0));
  }

  boolean is(String punctuation) {
    return text.equals(punctuation);
  }

  boolean isQuoteMark() {
    return text.equals("\"");
  }

  boolean isComma() {
    return text.equals("،") || text.equals(",");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Word w && text.equals(w.text) && start == w.start && end == w.end
        && endsName == w.endsName && written().equals(w.written());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(text, start, end, endsName);
  }

  @Override
  public String toString() {
    return "Word[" + text + ", " + start + ", " + end + "]";
  }
}
