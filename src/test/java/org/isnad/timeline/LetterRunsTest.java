package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link LetterRuns#split} returns what the regular expression split it replaces returns. */
class LetterRunsTest {
  private static final java.util.regex.Pattern NON_LETTERS =
      java.util.regex.Pattern.compile("[^\\p{L}]+");

  private static void check(String text) {
    assertArrayEquals(NON_LETTERS.split(text), LetterRuns.split(text), () -> "text: " + text);
  }

  @Test
  void edges() {
    check("");
    check(" ");
    check("  ، ");
    check("قال");
    check(" قال");
    check("قال ");
    check("،قال الوزير: «نعم»، 12 مرة.");
    check("a\uD835\uDC00b");  // a supplementary letter (MATHEMATICAL BOLD CAPITAL A)
    check("\uD835\uDC00 \uD835\uDC00");
    check("x\uD83D\uDE00y");  // an emoji: not a letter
    check("\uD800a\uDC00 b\uD800");  // unpaired surrogates
    check("\u0640\u064Eكتب");  // tatweel and a diacritic: not letters
  }

  @Property(tries = 2000, seed = "20261207")
  void sameAsTheRegularExpression(@ForAll("texts") String text) {
    check(text);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("ق", "ال", "وزير", "a", "Z", " ", "  ", "،", ".",
        "1", "٣", "\u064E", "\u0640", "\n", "-", "\uD835\uDC00", "\uD83D\uDE00", "\uD800",
        "\uDC00", "\u200F", "ی");
    return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
