package org.isnad.annotate.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.text.ArabicLetters;
import org.junit.jupiter.api.Test;

/**
 * The event rules read a word's forms from where they begin ({@link TriggerReader#formStarts})
 * and look rule words up by their first letter ({@link ByFirstLetter}): the same forms, triggers
 * and vetoes as reading every form and every rule word, Arabic inline.
 */
class QuickTestsTest {
  /** The forms as the rules read them before {@code formStarts}: cut one by one. */
  private static List<String> cutForms(String normalized) {
    List<String> forms = new ArrayList<>(List.of(normalized));
    String s = ArabicLetters.withoutConjunction(normalized);
    if (!s.equals(normalized)) {
      forms.add(s);
    }
    if (s.length() > 4 && "بلك".indexOf(s.charAt(0)) >= 0 && !s.startsWith("ال")) {
      forms.add(s.substring(1));
    }
    for (String article : new String[] {"بال", "لل", "ال"}) {
      if (s.startsWith(article) && s.length() > article.length() + 2) {
        forms.add(s.substring(article.length()));
        break;
      }
    }
    return forms;
  }

  private static final List<String> WORDS = List.of("قتل", "وقتل", "فقتل", "والقتل", "بالقصف",
      "وبالقصف", "للمدنيين", "وللمدنيين", "التقى", "والتقى", "بمغادرة", "وبمغادرة", "كالعادة",
      "لقاء", "بال", "وال", "ولل", "البيت", "بالبيت", "سيلتقي", "وسيلتقي", "ستنطلق", "و", "ف",
      "وفد", "فوز", "بلد", "لبنان", "كما", "الى", "والى", "فالاجتماع", "وكالعادة", "لل");

  @Test
  void formsBeginWhereTheyWereCut() {
    for (String word : WORDS) {
      assertEquals(cutForms(word), TriggerReader.forms(word), word);
    }
  }

  @Test
  void aWordWithATriggerAmongItsFormsPassesTheQuickTest() {
    EventLexicon lexicon = EventLexicon.bundled();
    for (String word : List.of("قتل", "وقتل", "والتقى", "بمغادرة", "وسيلتقي", "فالاجتماع")) {
      boolean trigger = TriggerReader.forms(word).stream().anyMatch(f -> lexicon.entry(f) != null
          || TriggerReader.futureAt(f, 0) && lexicon.entry(f.substring(1)) != null);
      if (trigger) {
        assertTrue(lexicon.mayTrigger(word), word);
      }
    }
    assertFalse(lexicon.mayTrigger("xyz"));
  }

  @Test
  void rulesAreLookedUpByTheFirstLetterOfTheirWord() {
    ByFirstLetter<String> index = ByFirstLetter.of(List.of("جنازه*", "عزاء", "*", "دفن*"),
        w -> w);
    assertEquals(List.of("جنازه*", "*"), index.of("جنازات"));
    assertEquals(List.of("عزاء", "*"), index.of("عزاء"));
    assertEquals(List.of("*"), index.of("قتل"));
    assertEquals(List.of("*"), index.of(""));
  }

  @Test
  void aFuneralWordBeforeAKillingMakesItAnAftermath() {
    EventLexicon lexicon = EventLexicon.bundled();
    List<List<String>> before = List.of(TriggerReader.forms("وشيعت"), TriggerReader.forms("جنازه"),
        TriggerReader.forms("الذين"));
    assertTrue(lexicon.aftermath("KILLED", before));
    assertFalse(lexicon.aftermath("KILLED", List.of(TriggerReader.forms("اعلنت"))));
    assertEquals(Set.of(), lexicon.vetoedInArticle(List.of("قتل", "جنود")));
  }
}
