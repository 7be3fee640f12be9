package org.isnad.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TextWordsTest {
  /** The spans the regex {@link TextWords#WORD} finds, the reference for the hand-written scan. */
  private static List<String> byRegex(String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = TextWords.WORD.matcher(text);
    while (m.find()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }

  private static List<String> byScan(String text) {
    TextWords words = new TextWords(text);
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      spans.add(words.start(i) + "-" + words.end(i));
    }
    return spans;
  }

  @Test
  void scanFindsTheSameWordsAsTheRegex() {
    List<String> texts = List.of("", " ", "قال الرئيس، محمد بن سلمان: «سنبدأ» يوم ٢٠١٨ و ٣.",
        "وزير الخارجيـة (ا.ف.ب) 2 ²½ Ⅻ x\u0651y \uD835\uDC00b \uD800 end G20",
        "أبو ظبي-دبي\n\nالرياض", "كلمة");
    for (String text : texts) {
      assertEquals(byRegex(text), byScan(text), text);
    }
  }

  @Test
  void wordsAreLettersAndDigitsBetweenOtherCharacters() {
    assertEquals(List.of("0-3", "5-9"), byScan("قال، 2018"));
  }

  @Test
  void numbersAreCutAsTheContextTokeniserCutsThem() {
    assertEquals(List.of("0-5", "6-10", "11-12", "12-15", "16-20", "20-21"),
        byScan("ارتفع 11.4 و100 2010م"));
    assertEquals(List.of("0-8", "9-12", "13-14"), byScan("٢٠١٨/٣/٤ G20 5."));
  }

  @Test
  void wordsAreSpacedOrJoinedByWhatStandsBetween() {
    TextWords words = new TextWords("وزير  الخارجيه، محمد\u2003جواد\tظريف");
    assertEquals(true, words.spacedFromNext(0));
    assertEquals(false, words.spacedFromNext(1));  // a comma
    assertEquals(false, words.spacedFromNext(2));  // an em space is no \\s
    assertEquals(true, words.joinedToNext(2));  // but blank
    assertEquals(true, words.spacedFromNext(3));
  }

  @Test
  void theBareFormDropsOneGluedClitic() {
    TextWords words = new TextWords("ولبنان لل وزير");
    assertEquals("لبنان", words.bare(0));
    assertEquals(null, words.bare(1));
    assertEquals("زير", words.bare(2));
    assertEquals("ولبنان", words.word(0));
  }
}
