package org.isnad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.text.ArabicNormalizer;

/**
 * {@link NameKey#of} reads words in one pass; it gives the words of the pattern form it
 * replaced (punctuation to spaces, split on spaces, the first word without a safe clitic) for
 * any name: Arabic letters, diacritics, tatweel, digits of both kinds, punctuation, every kind of
 * space, letters outside the BMP and lone surrogates.
 */
class NameKeyPropertyTest {
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\s]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Property(tries = 3000, seed = "20261207")
  void theWordsAreThoseOfThePatternForm(@ForAll("names") String name) {
    assertEquals(byPattern(name), NameKey.of(name).words(), name);
  }

  @Example
  void cliticsAndPunctuation() {
    for (String name : List.of("\u0644\u0644\u0623\u0633\u062f", "  \u00ab\u0628\u0634\u0627\u0631"
        + " \u0627\u0644\u0623\u0633\u062f\u00bb\u060c ", "-", "", "a\u00a0b\u2003c\td",
        "\ud835\udc00x\ud800y", "\u0661\u0662 \u0031\u0032\u00b2\u2167")) {
      assertEquals(byPattern(name), NameKey.of(name).words(), name);
    }
  }

  @Provide
  Arbitrary<String> names() {
    // Arabic letters, hamza forms, diacritics, tatweel, Persian letters, digits, punctuation,
    // spaces of every kind, a letter outside the BMP (two chars) and lone surrogates
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.chars().range('\u0621', '\u064a').map(String::valueOf),
        Arbitraries.chars().range('\u064b', '\u0652').map(String::valueOf),
        Arbitraries.of("\u0640", "\u06cc", "\u06a9", "\u0660", "\u0669", "0", "9", "\u00b2",
            "\u2167", "a", "Z", " ", "  ", "\t", "\n", "\u000b", "\u00a0", "\u2003", "\u202f",
            "\u001c", ".", "\u060c", "\u00ab", "\u00bb", "\"", "-", "_", "(", "\u200c", "\u200f",
            "\ud835\udc00", "\ud800", "\udc00", "\u0644\u0644", "\u0628\u0627\u0644",
            "\u0648\u0627\u0644"));
    return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
  }

  /** The words as the pattern form read them. */
  private static List<String> byPattern(String name) {
    String normalized = PUNCTUATION.matcher(ArabicNormalizer.standard().normalizeToString(name))
        .replaceAll(" ").strip();
    if (normalized.isEmpty()) {
      return List.of();
    }
    String[] words = SPACES.split(normalized);
    words[0] = NameKey.withoutClitic(words[0]);
    return List.of(words);
  }
}
