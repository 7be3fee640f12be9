package org.isnad.store.search;

import static org.isnad.store.search.SearchAnalyzer.Form.EXACT;
import static org.isnad.store.search.SearchAnalyzer.Form.STEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the search analysis, Arabic inline: a query word, as typed, must meet the
 * word as written in a page among the terms indexed for it (exact form unless said otherwise).
 */
class SearchAnalyzerTest {
  /** Whether the query {@code word} finds the page word {@code written} in field {@code form}. */
  private static boolean finds(SearchAnalyzer.Form form, String word, String written) {
    List<String> query = AnalyzedTerms.queried(form, word);
    assertEquals(1, query.size(), "one term for " + word + ": " + query);
    return AnalyzedTerms.indexed(form, written).contains(query.get(0));
  }

  private static void check(String word, String... written) {
    for (String page : written) {
      assertTrue(finds(EXACT, word, page), word + " should find " + page + ": "
          + AnalyzedTerms.indexed(EXACT, page));
    }
  }

  @Test
  void alefWithHamzaOrMaddaIsBareAlef() {
    check("الاسد", "الأسد");
    check("اسماعيل", "إسماعيل");
    check("القران", "القرآن");
    check("الأسد", "الاسد");
  }

  @Test
  void hamzaOnWawAndOnYehIsOneHamza() {
    check("مسئول", "مسؤول");
    check("مسؤول", "مسئول");
    check("رئيس", "رءيس");
  }

  @Test
  void alefMaksuraIsYeh() {
    check("مصطفي", "مصطفى");
    check("مصطفى", "مصطفي");
  }

  @Test
  void tehMarbutaIsHeh() {
    check("الحكومه", "الحكومة");
    check("حماة", "حماه");
  }

  @Test
  void diacriticsAreDropped() {
    check("محمد", "مُحَمَّدٌ");
    check("هذا", "هٰذا");
    check("القران", "الْقُرْآنِ");
    check("سماء", "سَمَاۤء");
  }

  @Test
  void tatweelIsDropped() {
    check("الرئيس", "الرئيـــس");
  }

  @Test
  void persianAndKurdishLettersAreArabic() {
    check("كريم", "کریم");
    check("مدرسه", "مدرسە");
    check("مدرسه", "مدرسۀ");
    check("كتاب", "ڪتاب");
    check("مدرسه", "مدرسہ");
    check("علي", "علے");
  }

  @Test
  void alefWaslaIsAlef() {
    check("اسم", "ٱسم");
  }

  @Test
  void invisibleCharactersInsideAWordAreDropped() {
    check("بشار", "بش\u200Cار", "بشا\u200Fر", "بش\u00ADار");
  }

  @Test
  void arabicIndicAndPersianDigitsAreAsciiDigits() {
    check("2015", "٢٠١٥", "۲۰۱۵");
    check("٢٠١٥", "2015");
  }

  @Test
  void latinLettersAreLowerCased() {
    check("reuters", "Reuters");
  }

  @Test
  void aWordWithAProcliticIsAlsoFiledWithoutIt() {
    check("الاسد", "بالأسد", "والأسد", "فالأسد", "وبالأسد", "كالأسد");
    check("بوتين", "لبوتين", "وبوتين", "ولبوتين");
    check("الاسد", "للأسد", "وللأسد");
  }

  @Test
  void aWordListedWholeKeepsItsFirstLetters() {
    assertEquals(List.of("وزير"), AnalyzedTerms.indexed(EXACT, "وزير"));
    assertEquals(List.of("بشار"), AnalyzedTerms.indexed(EXACT, "بشار"));
    assertEquals(List.of("لبنان"), AnalyzedTerms.indexed(EXACT, "لبنان"));
  }

  @Test
  void aProcliticLeavesAtLeastThreeLetters() {
    assertEquals(List.of("وقف"), AnalyzedTerms.indexed(EXACT, "وقف"));
    assertEquals(List.of("وعباس", "عباس"), AnalyzedTerms.indexed(EXACT, "وعباس"));
  }

  @Test
  void aBarePrepositionOrFaLeavesFiveLettersOrAKnownStem() {
    assertEquals(List.of("فاسد"), AnalyzedTerms.indexed(EXACT, "فاسد"));
    assertEquals(List.of("فاسده"), AnalyzedTerms.indexed(EXACT, "فاسدة"));
    assertEquals(List.of("كبير"), AnalyzedTerms.indexed(EXACT, "كبير"));
    assertEquals(List.of("لمحمود", "محمود"), AnalyzedTerms.indexed(EXACT, "لمحمود"));
    assertEquals(List.of("لعباس", "عباس"), AnalyzedTerms.indexed(EXACT, "لعباس"),
        "عباس is a known stem");
  }

  @Test
  void aQueryWordGetsNoVariants() {
    assertEquals(List.of("بالاسد"), AnalyzedTerms.queried(EXACT, "بالأسد"));
    assertFalse(finds(EXACT, "بالأسد", "الأسد"));
  }

  @Test
  void theStemmedFormAlsoLosesAnAttachedPronoun() {
    assertTrue(finds(STEM, "حكومة", "حكومتهم"));
    assertTrue(finds(STEM, "الحكومة", "وحكومتهما"));
    assertTrue(finds(STEM, "كتاب", "كتابكم"));
    assertFalse(finds(EXACT, "حكومة", "حكومتهم"), "the exact form keeps the pronoun");
  }

  @Test
  void theStemmedFormFindsTheArticleAndPluralForms() {
    assertTrue(finds(STEM, "حكومة", "الحكومات"));
    assertTrue(finds(STEM, "معلم", "والمعلمون"));
  }

  @Test
  void theLightStemmerCutsNamesSoTheExactFormKeepsThem() {
    assertEquals(AnalyzedTerms.queried(STEM, "الأسد"), AnalyzedTerms.queried(STEM, "أسد"));
    assertEquals(List.of("بوت"), AnalyzedTerms.queried(STEM, "بوتين"));
    assertNotEquals(AnalyzedTerms.queried(EXACT, "الأسد"), AnalyzedTerms.queried(EXACT, "أسد"));
    assertFalse(finds(EXACT, "الأسد", "أسد"));
  }

  @Test
  void variantsShareTheWordsPositionAndOffsets() {
    assertEquals(List.of("قال@0:0-3", "بالاسد@1:4-10", "الاسد@1:4-10", "امس@2:11-14"),
        AnalyzedTerms.tokens(SearchAnalyzer.of(EXACT, true), "قال بالأسد أمس"));
  }

  @Test
  void aTokenOfOnlyMarksIsDropped() {
    assertEquals(List.of("قال"), AnalyzedTerms.indexed(EXACT, "قال ـــ"));
  }
}
