package org.isnad.text;

import java.util.Objects;

/**
 * A token of a text, with its clitic analysis. {@code proclitics + stem + enclitic} spell the
 * word normalised with teh marbuta kept; {@code stem} alone is fully normalised (ة → ه), the form
 * to look up in lexicons. Non-Arabic tokens have empty clitics and {@code stem == normalized}.
 *
 * @param start UTF-16 index of the token in the tokenised text
 * @param end UTF-16 index just after it
 * @param text the token as written
 * @param kind Arabic word, other-script word, number, punctuation or symbol
 * @param normalized {@link ArabicNormalizer standard} form of the whole token
 * @param proclitics attached prefixes, normalised ({@code "وال"}), or empty
 * @param stem the token without its clitics, normalised
 * @param enclitic an attached pronoun, normalised ({@code "ها"}), or empty
 */
public record Token(int start, int end, String text, Kind kind, String normalized,
    String proclitics, String stem, String enclitic) {

  /** What sort of token this is. */
  public enum Kind {
    /** An Arabic word, with a clitic analysis. */
    ARABIC,
    /** A word in another script (Latin mostly), letters and digits. */
    LATIN,
    /** Digits with their inner separators. */
    NUMBER,
    /** One punctuation mark. */
    PUNCTUATION,
    /** One symbol, emoji or control character. */
    SYMBOL
  }

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
