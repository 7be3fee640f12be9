package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {
  private static Token only(String word) {
    List<Token> tokens = ArabicTokenizer.standard().tokenize(word);
    assertEquals(1, tokens.size(), tokens.toString());
    return tokens.get(0);
  }

  private static void clitics(String word, String proclitics, String stem, String enclitic) {
    Token token = only(word);
    assertEquals(List.of(proclitics, stem, enclitic),
        List.of(token.proclitics(), token.stem(), token.enclitic()), word);
  }

  @Test void lamBeforeAKnownName() { clitics("لبشار", "ل", "بشار", ""); }
  @Test void baBeforeAKnownName() { clitics("ببوتين", "ب", "بوتين", ""); }
  @Test void conjunctionAndArticle() { clitics("والسيطرة", "وال", "سيطره", ""); }
  @Test void conjunctionBeforeVerb() { clitics("وأكد", "و", "اكد", ""); }
  @Test void lamLamIsLamAndArticle() { clitics("للصحفيين", "لل", "صحفيين", ""); }
  @Test void baAndArticle() { clitics("بالقصر", "بال", "قصر", ""); }
  @Test void faOnlyBeforeArticle() { clitics("فالأمر", "فال", "امر", ""); }
  @Test void namesStayWhole() { clitics("بشار", "", "بشار", ""); }
  @Test void placesStayWhole() { clitics("بغداد", "", "بغداد", ""); }
  @Test void lebanonStaysWhole() { clitics("لبنان", "", "لبنان", ""); }
  @Test void wordsStartingWithWawStayWhole() { clitics("وزير", "", "وزير", ""); }
  @Test void faNounsStayWhole() { clitics("فصائل", "", "فصائل", ""); }
  @Test void pronounSuffix() { clitics("رسالتها", "", "رسالت", "ها"); }
  @Test void pronounSuffixAfterConjunction() { clitics("وقادتهم", "و", "قادت", "هم"); }
  @Test void tehMarbutaIsNotAPronoun() { clitics("مدينة", "", "مدينه", ""); }
  @Test void shortStemsKeepTheirEnding() { clitics("مياه", "", "مياه", ""); }

  @Test
  void numbersStayWhole() {
    List<Token> tokens = ArabicTokenizer.standard().tokenize("الساعة 6.58 و2:30 و1,000");
    assertEquals(List.of("الساعة", "6.58", "و", "2:30", "و", "1,000"),
        tokens.stream().map(Token::text).toList());
  }

  @Test
  void gluedMonthAndWordBecomeTwoTokens() {
    List<Token> tokens = ArabicTokenizer.standard().tokenize("في 28 نوفمبرالماضي،");
    assertEquals(List.of("في", "28", "نوفمبر", "الماضي", "،"),
        tokens.stream().map(Token::text).toList());
  }

  @Test
  void latinWordsAndPunctuation() {
    List<Token> tokens = ArabicTokenizer.standard().tokenize("منصة «X» Google News!");
    assertEquals(List.of("منصة", "«", "X", "»", "Google", "News", "!"),
        tokens.stream().map(Token::text).toList());
  }

  @Test
  void offsetsPointAtTheTokenText() {
    String text = "قال بَشّار: «لن نتراجع»";
    for (Token token : ArabicTokenizer.standard().tokenize(text)) {
      assertEquals(token.text(), text.substring(token.start(), token.end()));
    }
  }
}
