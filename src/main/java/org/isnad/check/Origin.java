package org.isnad.check;

import java.util.Objects;

/**
 * An article's independent origin: the root of its chain, as the timeline counts independent
 * sources.
 *
 * @param name the origin as written (an outlet, an agency, or {@code article ID})
 * @param basis why it is the origin, in a sentence
 * @param root the article the chain goes back to in the corpus (the original of a copy, else the
 *     article itself)
 */
public record Origin(String name, String basis, String root) {
  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  public Origin {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(root, "root");
  }

  /** The key two spellings of one origin share: normalised letters and digits, lower case. */
  public String key() {
    return keyOf(name);
  }

  /** {@link #key()} of an origin named {@code name}. */
  static String keyOf(String name) {
    String n = org.isnad.text.ArabicNormalizer.standard().normalizeToString(name);
    return NOT_WORD.matcher(n).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
  }
}
