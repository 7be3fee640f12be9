package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article, nisba endings and glued prepositions the tagger looks for come from
 * word-affixes.txt, and the stems they give are those of the rules they replaced.
 */
class WordAffixesTest {
  private final WordAffixes affixes = WordAffixes.bundled();

  @Test
  void bundledFileGivesArticleNisbaAndProclitics() {
    assertTrue(affixes.hasArticle("الرياض"));
    assertTrue(affixes.hasArticle("والرياض"));
    assertFalse(affixes.hasArticle("رياض"));
    assertTrue(affixes.hasNisbaEnding("السعودي"));
    assertTrue(affixes.hasNisbaEnding("السعوديه"));
    assertFalse(affixes.hasNisbaEnding("السعوديون"));
    assertTrue(affixes.isNextNisba("الامريكي"));
    assertFalse(affixes.isNextNisba("الامريكيه"));
    assertEquals("بشار", affixes.withoutProclitic("لبشار"));
    assertNull(affixes.withoutProclitic("وبشار"));
    assertNull(affixes.withoutProclitic("لبش"));
  }

  @Test
  void stemsStripConjunctionPrepositionAndArticle() {
    assertEquals("اسد", WordForms.stem(WordForms.normalized("للأسد")));
    assertEquals("رياض", WordForms.stem(WordForms.normalized("بالرياض")));
    assertEquals("رياض", WordForms.stem(WordForms.normalized("وبالرياض")));
    assertEquals("لبشار", WordForms.stem(WordForms.normalized("ولبشار")));  // no article after ل
    assertEquals("الب", WordForms.stem("الب"));
  }

  @Test
  void anEntryNeedsAKnownRole() {
    assertThrows(IllegalArgumentException.class,
        () -> new WordAffixes(List.of("article ال", "suffix ون")));
    assertThrows(IllegalArgumentException.class, () -> new WordAffixes(List.of("ال")));
  }
}
