package org.isnad.text;

import java.util.Objects;

/**
 * A token of a text, with its clitic analysis.
 *
 * @param start UTF-16 index of the token in the tokenised text
 * @param end UTF-16 index just after it
 * @param text the token as written
 * @param kind word, number, Latin word or punctuation
 * @param normalized {@link ArabicNormalizer standard} form of the whole token
 * @param proclitics attached prefixes, normalised ({@code "وال"}), or empty
 * @param stem the token without its clitics, normalised
 * @param enclitic an attached pronoun, normalised ({@code "ها"}), or empty
 */
public record Token(int start, int end, String text, Kind kind, String normalized,
    String proclitics, String stem, String enclitic) {

  /** What sort of token this is. */
  public enum Kind { ARABIC, LATIN, NUMBER, PUNCTUATION, OTHER }

  public Token {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span [" + start + "," + end + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(proclitics, "proclitics");
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(enclitic, "enclitic");
  }
}
