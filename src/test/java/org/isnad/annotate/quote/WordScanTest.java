package org.isnad.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The quote annotator's own readers, made cheaper, read as before: the hand-written word scanner
 * splits like the regular expression it replaced, and a phrase list indexed by first word finds
 * the phrase a scan of the whole list in order would.
 */
class WordScanTest {
  private static final Pattern OLD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\S");

  private static List<String> regex(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = OLD.matcher(text).region(from, to);
    while (m.find()) {
      out.add(m.group() + "@" + m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> scanned(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    for (Word w : Words.of(text, from, to)) {
      out.add(w.text() + "@" + w.start() + "-" + w.end());
    }
    return out;
  }

  @Test
  void scansLikeTheRegularExpression() {
    String[] texts = {
        "وقال الوزير: \"إن الهدنة صامدة\"، وفقاً لـ(رويترز).",
        "قالَ المتحدثُ إنّ 64 % من المؤسسات… أغلقت\tأبوابها\r\nأمس",
        "ل-CNN و BBC_Arabic قالت 2017م ١٢٣ ٪ ²",
        "«سانا» – نقلاً عن مصدر 😀 مطلع\u00a0اليوم\u200cغداً",
        "x_1  ,; «» ـــ ۱۲ ⅷ ﷲ"};
    for (String text : texts) {
      assertEquals(regex(text, 0, text.length()), scanned(text, 0, text.length()), text);
      assertEquals(regex(text, 3, text.length() - 2), scanned(text, 3, text.length() - 2), text);
    }
  }

  @Test
  void aBareFormDropsOnlyAGluedConjunction() {
    assertEquals("قال", new Word("وقال", 0, 4).bare());
    assertEquals("قال", new Word("فقال", 0, 4).bare());
    assertEquals("وف", new Word("وف", 0, 2).bare());
    assertEquals("قال", new Word("قال", 0, 3).bare());
  }

  @Test
  void theFirstPhraseInOrderWinsWhateverItsFirstWord() {
    List<String[]> phrases = List.of(new String[] {"في", "حديث", "خاص", "ل"},
        new String[] {"وفقا", "ل"}, new String[] {"في", "حديث", "ل"}, new String[] {"وفقا"},
        new String[] {"ل"});
    PhraseList list = new PhraseList(phrases);
    assertArrayEquals(phrases.get(2), list.first(p -> p.length == 3, "في", "وفقا"));
    assertArrayEquals(phrases.get(1), list.first(p -> p.length < 4, "وفقا", "في", "ل"));
    assertArrayEquals(phrases.get(4), list.first(p -> true, "ل", null));
    assertNull(list.first(p -> true, "حسب"));
    assertEquals(true, list.opens("وفقا"));
    assertEquals(false, list.opens("حديث"));
  }
}
