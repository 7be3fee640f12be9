package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Token boundaries, clitic families and names that must stay whole, Arabic inline. */
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

  private static void whole(String word) {
    String normalized = ArabicNormalizer.standard().normalizeToString(word);
    clitics(word, "", normalized, "");
  }

  private static List<String> texts(String text) {
    return ArabicTokenizer.standard().tokenize(text).stream().map(Token::text).toList();
  }

  // Conjunction و
  @Test void wawBeforeAVerb() { clitics("وأكد", "و", "اكد", ""); }
  @Test void wawBeforeAName() { clitics("وبوتين", "و", "بوتين", ""); }
  @Test void wawBeforeAFunctionWord() { clitics("وبعد", "و", "بعد", ""); }
  @Test void wawBeforeARelativePronoun() { clitics("والتي", "و", "التي", ""); }

  // Conjunction ف
  @Test void faBeforeTheArticle() { clitics("فالأمر", "فال", "امر", ""); }
  @Test void faBeforeAKnownName() { clitics("فدمشق", "ف", "دمشق", ""); }

  // Prepositions ب ل ك
  @Test void baBeforeAKnownName() { clitics("ببوتين", "ب", "بوتين", ""); }
  @Test void baBeforeAKnownPlace() { clitics("بدمشق", "ب", "دمشق", ""); }
  @Test void lamBeforeAKnownName() { clitics("لبشار", "ل", "بشار", ""); }
  @Test void lamBeforeAKnownWord() { clitics("لرأس", "ل", "راس", ""); }
  @Test void kafBeforeTheArticle() { clitics("كالأردن", "كال", "اردن", ""); }
  @Test void wawAndLamBeforeAName() { clitics("ولبشار", "ول", "بشار", ""); }
  @Test void unknownWordsAfterBareBaStayWhole() { whole("برنامج"); }

  // The article and its combinations
  @Test void article() { clitics("الرئيس", "ال", "رئيس", ""); }
  @Test void conjunctionAndArticle() { clitics("والسيطرة", "وال", "سيطره", ""); }
  @Test void baAndArticle() { clitics("بالقصر", "بال", "قصر", ""); }
  @Test void lamLamIsLamAndArticle() { clitics("للصحفيين", "لل", "صحفيين", ""); }
  @Test void wawBaAndArticle() { clitics("وبالتالي", "وبال", "تالي", ""); }
  @Test void wawLamLam() { clitics("وللمرة", "ولل", "مره", ""); }
  @Test void hamzaAlefIsNotTheArticle() { whole("إلغاء"); }
  @Test void hamzaAlefVerbIsNotTheArticle() { whole("ألمح"); }
  @Test void godIsNotTheArticle() { whole("الله"); }

  // Future sin
  @Test void wawAndFutureSin() { clitics("وسيتم", "وس", "يتم", ""); }
  @Test void futureBeforeTeh() { clitics("وستكون", "وس", "تكون", ""); }
  @Test void nounStartingWithSinIsNotFuture() { clitics("وسيارة", "و", "سياره", ""); }
  @Test void controlIsNotFuture() { whole("وسيطرة"); }

  // Attached pronouns
  @Test void heh() { clitics("قراره", "", "قرار", "ه"); }
  @Test void heha() { clitics("رسالتها", "", "رسالت", "ها"); }
  @Test void hum() { clitics("قادتهم", "", "قادت", "هم"); }
  @Test void huma() { clitics("علاقاتهما", "", "علاقات", "هما"); }
  @Test void hunna() { clitics("بيوتهن", "", "بيوت", "هن"); }
  @Test void kum() { clitics("رسائلكم", "", "رسائل", "كم"); }
  @Test void kuma() { clitics("كتابكما", "", "كتاب", "كما"); }
  @Test void na() { clitics("قناتنا", "", "قنات", "نا"); }
  @Test void pronounAfterConjunction() { clitics("وقادتهم", "و", "قادت", "هم"); }
  @Test void pronounAfterAListedWord() { clitics("وجودها", "", "وجود", "ها"); }
  @Test void tehMarbutaIsNotAPronoun() { whole("مدينة"); }
  @Test void shortStemsKeepTheirEnding() { whole("مياه"); }
  @Test void directionKeepsItsHeh() { whole("باتجاه"); }

  // Names and words that must not be split
  @Test void bashar() { whole("بشار"); }
  @Test void putin() { whole("بوتين"); }
  @Test void lebanon() { whole("لبنان"); }
  @Test void palestine() { whole("فلسطين"); }
  @Test void baghdad() { whole("بغداد"); }
  @Test void kamel() { whole("كامل"); }
  @Test void bagheri() { whole("باقري"); }
  @Test void minister() { whole("وزير"); }
  @Test void ministry() { whole("وزارة"); }
  @Test void agency() { whole("وكالة"); }
  @Test void factions() { whole("فصائل"); }
  @Test void but() { whole("لكن"); }

  @Test
  void cliticPartsSpellTheNormalisedWord() {
    for (Token token : ArabicTokenizer.standard().tokenize("وقادتهم والسيطرة لبشار رسالتها")) {
      assertEquals(token.normalized(), token.proclitics() + token.stem() + token.enclitic());
    }
  }

  @Test
  void numbersStayWhole() {
    assertEquals(List.of("الساعة", "6.58", "و", "2:30", "و", "1,000", "و", "١٢/٧"),
        texts("الساعة 6.58 و2:30 و1,000 و١٢/٧"));
  }

  @Test
  void numberSeparatorAtTheEndIsPunctuation() {
    assertEquals(List.of("عام", "2024", "."), texts("عام 2024."));
    assertEquals(Token.Kind.NUMBER, ArabicTokenizer.standard().tokenize("٦٫٥").get(0).kind());
  }

  @Test
  void gluedMonthAndWordBecomeTwoTokens() {
    assertEquals(List.of("في", "28", "نوفمبر", "الماضي", "،"), texts("في 28 نوفمبرالماضي،"));
  }

  @Test
  void gluedLevantineAndMaghrebiMonths() {
    assertEquals(List.of("كانون", "الثاني", "المقبل"), texts("كانون الثانيالمقبل"));
    assertEquals(List.of("جانفي", "الفارط"), texts("جانفيالفارط"));
    assertEquals(List.of("جانفي", "المنصرم"), texts("جانفيالمنصرم"));
  }

  @Test
  void latinWordsPunctuationAndSymbols() {
    List<Token> tokens = ArabicTokenizer.standard().tokenize("منصة «X» Al-Assad G20 News! 😀");
    assertEquals(List.of("منصة", "«", "X", "»", "Al-Assad", "G20", "News", "!", "😀"),
        tokens.stream().map(Token::text).toList());
    assertEquals(List.of(Token.Kind.ARABIC, Token.Kind.PUNCTUATION, Token.Kind.LATIN,
        Token.Kind.PUNCTUATION, Token.Kind.LATIN, Token.Kind.LATIN, Token.Kind.LATIN,
        Token.Kind.PUNCTUATION, Token.Kind.SYMBOL), tokens.stream().map(Token::kind).toList());
  }

  @Test
  void diacriticsTatweelAndJoinersStayInTheWord() {
    assertEquals(List.of("ـبَشّـار", "می\u200Cخواهم"), texts("ـبَشّـار می\u200Cخواهم"));
    assertEquals("بشار", only("بَشّـار").normalized());
  }

  @Test
  void offsetsPointAtTheTokenText() {
    String text = "قال بَشّار: «لن نتراجع» 😀 في 28 نوفمبرالماضي";
    for (Token token : ArabicTokenizer.standard().tokenize(text)) {
      assertEquals(token.text(), text.substring(token.start(), token.end()));
    }
  }

  @Test
  void blankTextHasNoTokens() {
    assertEquals(List.of(), texts(" \n\t\u00A0\u200F"));
    assertThrows(NullPointerException.class, () -> ArabicTokenizer.standard().tokenize(null));
  }
}
