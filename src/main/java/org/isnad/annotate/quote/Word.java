package org.isnad.annotate.quote;

/**
 * A word or punctuation mark of a normalised sentence. Its form without a glued conjunction is
 * computed once, when the word is made, so the many lexicon look-ups of a sentence share it.
 *
 * @param text the normalised form
 * @param start char offset in the normalised article text
 * @param end char offset, exclusive
 * @param written the word as the article writes it
 * @param endsName whether a person's name found by the entity annotator ends with this word
 * @param bare the normalised form without a glued conjunction و or ف ({@link #bareOf})
 */
record Word(String text, int start, int end, String written, boolean endsName, String bare) {
  Word(String text, int start, int end, String written, boolean endsName) {
    this(text, start, end, written, endsName, bareOf(text));
  }

  Word(String text, int start, int end) {
    this(text, start, end, text, false);
  }

  /** The word without a glued conjunction و or ف: "وقال" → "قال"; a word of two letters stays. */
  static String bareOf(String text) {
    return text.length() > 2 && (text.charAt(0) == 'و' || text.charAt(0) == 'ف')
        ? text.substring(1) : text;
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
}
