package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A known name of several words is found at a word when the stems from there, joined by spaces,
 * are its key: the longest such name, at most {@link NameLexicon#MAX_NAME_WORDS} words, never
 * past the sentence's end.
 */
class NameLexiconTest {
  private final NameLexicon lexicon = new NameLexicon(Map.of(
      "بشار اسد", "PERS", "بشار اسد ابن", "PERS", "جامعه ملك سعود", "ORG",
      "مجلس امن دولي تابع امم", "ORG", "حزب عمال", "ORG"), Set.of());

  private int at(int i, String... stems) {
    return lexicon.nameAt(stems, i);
  }

  @Test
  void theLongestKnownNameFromTheWord() {
    assertEquals(3, at(0, "بشار", "اسد", "ابن", "قال"));
    assertEquals(2, at(0, "بشار", "اسد", "قال"));
    assertEquals(3, at(1, "في", "جامعه", "ملك", "سعود"));
  }

  @Test
  void noNameWhenTheStemsDoNotJoinToAKey() {
    assertEquals(0, at(0, "بشار", "قال"));
    assertEquals(0, at(0, "بشار"));
    assertEquals(0, at(0, "جامعه", "ملك"));
    assertEquals(0, at(0, "قال", "بشار", "اسد"));
    assertEquals(0, at(0, "مجلس", "امن", "دولي", "تابع", "امم"));
  }

  @Test
  void stemsAreComparedAsTheirJoinedText() {
    assertEquals(2, at(0, "حزب", "عمال"));
    assertEquals(2, at(0, "بشار", "اسد ابن"));
    assertEquals(0, at(0, "حزب", "عمال ", "x"));
  }
}
