package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A phrase file names words so that code (a regex grammar, a report) never spells them: names
 * in braces are replaced by their text, regex braces are kept, an unknown name is an error.
 */
class NamedPhrasesTest {
  private final NamedPhrases sample = NamedPhrases.read(NamedPhrasesTest.class,
      "named-phrases-sample.txt");

  @Test
  void expandsNamesAndKeepsRegexBraces() {
    assertEquals("(?:من\\s{1,2})?العام(?![\\p{L}])",
        sample.expand("(?:{from}\\s{1,2})?{the-year}(?![\\p{L}])"));
    assertEquals("مصدر واحد", sample.get("label"));
    assertEquals("no names {} {1} {A}", sample.expand("no names {} {1} {A}"));
  }

  @Test
  void anUnknownNameIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> sample.expand("{to}"));
    assertThrows(IllegalArgumentException.class, () -> sample.get("to"));
  }

  @Test
  void aGrammarNamesSharedWordsWithoutACopyAndRefusesAClash() {
    NamedPhrases both = sample.and(GrammarWords.phrases());
    assertEquals("[وفبلك]ال", both.expand("[{proclitics}]{article}"));
    assertEquals("من", both.get("from"));
    assertThrows(IllegalStateException.class, () -> sample.with("from", "عن"));
  }

  /** The grammar words are compared with normalised text: each is written normalised. */
  @Test
  void grammarWordsAreWrittenNormalised() {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    for (String file : List.of("/org/isnad/text/grammar-words.txt",
        "/org/isnad/annotate/time/timex-grammar.txt")) {
      for (String line : RuleFile.read(RuleFile.class, file)) {
        String text = line.substring(line.indexOf('\t') + 1);
        if (!line.startsWith("hijri-mark") && !line.startsWith("alef-maqsura")) {
          assertEquals(normalizer.normalizeToString(text), text, file + ": " + line);
        }
      }
    }
  }

  @Test
  void theSharedConstantsHoldTheirFileEntries() {
    assertEquals("ال", GrammarWords.ARTICLE);
    assertEquals('و', GrammarWords.WA_LETTER);
    assertEquals(List.of("ها", "هم", "هما", "هن"), GrammarWords.POSSESSIVE_SUFFIXES);
    assertEquals(Proclitics.letters(), "وفبلك");
  }
}
