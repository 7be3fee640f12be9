package org.isnad.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.text.ArabicNormalizer;

import org.junit.jupiter.api.Test;

/** Outlet names: each agency is one outlet whatever a paper calls it. */
class OutletLexiconTest {
  private final OutletLexicon outlets = OutletLexicon.bundled();

  @Test
  void everyNameOfOneAgencyIsThatAgency() {
    assertEquals("فرانس برس", outlets.outlet("وكالة فرانس برس", false));
    assertEquals("فرانس برس", outlets.outlet("وكالة الصحافة الفرنسية", false),
        "Asharq al-Awsat's name for AFP is AFP, not a second origin");
    assertEquals("فرانس برس", outlets.outlet("وكالة الأنباء الفرنسية", false));
    assertEquals("واس", outlets.outlet("وكالة الأنباء السعودية", false));
    assertEquals("د ب أ", outlets.outlet("وكالة الأنباء الألمانية", false));
  }

  @Test
  void anUnlistedNameAfterAHeadIsAnOutletAsWritten() {
    assertEquals("وكالة أنباء البحرين", outlets.outlet("وكالة أنباء البحرين", false));
    assertNull(outlets.outlet("موقع تويتر", false));
  }

  private static boolean mayBegin(OutletLexicon outlets, String word) {
    String text = " " + ArabicNormalizer.standard().normalizeToString(word) + " ";
    return outlets.mayBegin(text, 1, text.length() - 1);
  }

  @Test
  void aWordThatMayBeginAnOutletPassesTheQuickTest() {
    for (String word : new String[] {"وكالة", "ووكالة", "لصحيفة", "رويترز", "برويترز", "فرانس",
        "أ", "بلومبرغ", "الأناضول"}) {
      assertTrue(mayBegin(outlets, word), word);
    }
  }

  @Test
  void aWordNoOutletBeginsWithFailsTheQuickTest() {
    for (String word : new String[] {"هطلت", "أمطار", "غزيرة", "وهطلت", "ذ"}) {
      assertFalse(mayBegin(outlets, word), word);
    }
  }

  @Test
  void theQuickTestNeverTurnsAwayAHeadOrAFirstWord() {
    String text = ArabicNormalizer.standard().normalizeToString("قالت وكالة الأنباء السعودية "
        + "وصحيفة الحياة ولرويترز وأسوشيتد برس إن الأمطار هطلت على المدينة وذكرت قناة الجزيرة");
    TextWords words = new TextWords(text);
    for (int k = 0; k < words.size(); k++) {
      String word = text.substring(words.start(k), words.end(k));
      if (OutletLexicon.isHead(word) || outlets.mayStart(word)) {
        assertTrue(outlets.mayBegin(text, words.start(k), words.end(k)), word);
      }
    }
  }

  @Test
  void phrasesAreSqueezedAsByTheRegularExpressions() {
    String[] phrases = {"", " ", "رويترز", " وكالة  «رويترز» ", "قناة\t\"الجزيرة\"\n",
        "a \" b", "«»", "فرانس\u2003 برس ", "x\r\n\fy\u000B", "  \"  "};
    for (String p : phrases) {
      assertEquals(p.replaceAll("[\"«»]", "").replaceAll("\\s+", " ").strip(),
          OutletLexicon.squeezed(p), p);
    }
  }
}
