package org.isnad.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.annotate.entity.WordRuns;
import org.junit.jupiter.api.Test;

/**
 * The quote annotator's own readers, made cheaper, read as before: the hand-written word scanner
 * (shared with the tagger's input) splits like the regular expression it replaced, the quote
 * words cut numbers as the context's tokeniser does, and a phrase list indexed by first word
 * finds the phrase a scan of the whole list in order would.
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

  /** The tagger's words: the shared scanner, which the quote words follow but for numbers. */
  private static List<String> scanned(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    int at = WordRuns.skipSpace(text, from, to);
    while (at < to) {
      int end = WordRuns.wordEnd(text, at, to);
      out.add(text.substring(at, end) + "@" + at + "-" + end);
      at = WordRuns.skipSpace(text, end, to);
    }
    return out;
  }

  private static List<String> quoteWords(String text) {
    List<String> out = new ArrayList<>();
    for (Word w : Words.of(text, 0, text.length())) {
      out.add(w.text());
    }
    return out;
  }

  @Test
  void numbersAreCutAsTheContextTokeniserCutsThem() {
    assertEquals(List.of("ارتفع", "11.4", "بالمئه", "و", "100", "طالب"),
        quoteWords("ارتفع 11.4 بالمئه و100 طالب"));
    assertEquals(List.of("العام", "1436", "-", "1437", "ه", "الساعه", "2:30", "و", "1,000"),
        quoteWords("العام 1436-1437ه الساعه 2:30 و1,000"));
    assertEquals(List.of("قمه", "G20", "و", "تحرش_بفتاتين", "5", "."),
        quoteWords("قمه G20 و تحرش_بفتاتين 5."));
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
