package org.isnad.annotate.quote;

/**
 * A word or punctuation mark of a normalised sentence.
 *
 * @param text the normalised form
 * @param start char offset in the normalised article text
 * @param end char offset, exclusive
 * @param written the word as the article writes it
 * @param endsName whether a person's name found by the entity annotator ends with this word
 */
record Word(String text, int start, int end, String written, boolean endsName) {
  Word(String text, int start, int end) {
    this(text, start, end, text, false);
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

  /** The word without a glued conjunction و or ف. */
  String bare() {
    return text.length() > 2 && (text.charAt(0) == 'و' || text.charAt(0) == 'ف')
        ? text.substring(1) : text;
  }
}
