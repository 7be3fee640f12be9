package org.isnad.text;

import java.util.List;

/**
 * The Arabic function words and affixes that code tests for by themselves (the article, the
 * one-letter proclitics, attached pronouns, a few particles), read once from
 * {@code grammar-words.txt} so that no stage spells them in Java. Each constant holds the text
 * of its entry, normalised as written there; a {@code _LETTER} constant is the entry's one
 * letter. Immutable and thread safe.
 */
public final class GrammarWords {
  private static final NamedPhrases WORDS = NamedPhrases.read(GrammarWords.class,
      "grammar-words.txt");

  /** The article ال. */
  public static final String ARTICLE = WORDS.get("article");
  /** ل before the article, its alef dropped (للرئيس). */
  public static final String LI_ARTICLE = WORDS.get("li-article");
  public static final String WA = WORDS.get("wa");
  public static final char WA_LETTER = letter("wa");
  public static final String FA = WORDS.get("fa");
  public static final char FA_LETTER = letter("fa");
  public static final String BI = WORDS.get("bi");
  public static final char BI_LETTER = letter("bi");
  public static final String KA = WORDS.get("ka");
  public static final String LI = WORDS.get("li");
  public static final char LI_LETTER = letter("li");
  public static final String YA = WORDS.get("ya");
  public static final char YA_LETTER = letter("ya");
  public static final char TA_LETTER = letter("ta");
  /** The future prefix س. */
  public static final char SA_LETTER = letter("sa");
  /** The imperfect prefixes ي ت ن as one string, for {@code indexOf} tests. */
  public static final String IMPERFECT_PREFIXES = WORDS.get("imperfect-prefixes");
  /** The conjunctions و ف as one string, for {@code indexOf} tests. */
  public static final String CONJUNCTIONS = WORDS.get("conjunctions");
  /** The prepositions ب ل ك as one string, for {@code indexOf} tests. */
  public static final String PREPOSITIONS = WORDS.get("prepositions");
  /** The proclitics و ب ل ف as one string, for {@code indexOf} tests. */
  public static final String NAME_PROCLITICS = WORDS.get("name-proclitics");
  public static final String NISBA = WORDS.get("nisba");
  public static final String NISBA_FEM = WORDS.get("nisba-fem");
  public static final String NISBA_PLURAL = WORDS.get("nisba-plural");
  public static final String NISBA_PLURAL_OBLIQUE = WORDS.get("nisba-plural-oblique");
  /** The alef maqsura ending ى, as written before normalisation. */
  public static final String ALEF_MAQSURA = WORDS.get("alef-maqsura");
  /** The feminine ending ة, normalised to ه. */
  public static final String FEMININE_ENDING = WORDS.get("feminine-ending");
  /** The accusative alef ending. */
  public static final String ALEF = WORDS.get("alef");
  /** The imperfect plural ending of a verb (يقولون). */
  public static final String PLURAL_VERB_ENDING = WORDS.get("plural-verb-ending");
  public static final String FI = WORDS.get("fi");
  public static final String MIN = WORDS.get("min");
  /** عن. */
  public static final String ABOUT = WORDS.get("about");
  /** أن, normalised. */
  public static final String THAT = WORDS.get("anna");
  public static final String MA = WORDS.get("ma");
  public static final String LAMMA = WORDS.get("lamma");
  public static final String WHICH = WORDS.get("which");
  public static final String WHICH_FEM = WORDS.get("which-fem");
  /** The stem of قول (saying). */
  public static final String SAYING = WORDS.get("saying");
  public static final String HER = WORDS.get("her");
  public static final String HIM = WORDS.get("him");
  public static final String THEM = WORDS.get("them");
  /** تقرير (report). */
  public static final String REPORT = WORDS.get("report");
  /** الأخير (the latter), normalised. */
  public static final String THE_LATTER = WORDS.get("the-latter");
  /** The Hijri era mark هـ as written in a page (with tatweel). */
  public static final String HIJRI_MARK = WORDS.get("hijri-mark");
  /** The attached possessive pronouns ها هم هما هن, in file order. */
  public static final List<String> POSSESSIVE_SUFFIXES =
      List.of(WORDS.get("possessive-suffixes").split(" "));

  private GrammarWords() {}

  /**
   * The entries of grammar-words.txt, and the one-letter proclitics of
   * one-letter-proclitics.txt as one text named {@code proclitics}, for a grammar that names
   * them ({@link NamedPhrases#and}).
   */
  public static NamedPhrases phrases() {
    return WORDS.with("proclitics", Proclitics.letters());
  }

  private static char letter(String name) {
    String text = WORDS.get(name);
    if (text.length() != 1) {
      throw new IllegalStateException("grammar-words.txt: " + name + " is not one letter");
    }
    return text.charAt(0);
  }
}
