package org.isnad.store.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Arabic analysis of the search index, one chain for indexing and querying:
 * <ol>
 *   <li>Unicode word breaks ({@link StandardTokenizer}); Latin lower-cased;
 *   <li>Arabic-Indic and Persian digits → ASCII ({@link DecimalDigitFilter});
 *   <li>Lucene's {@link ArabicNormalizationFilter} and {@link PersianNormalizationFilter}, then
 *       {@link LetterFold} for the hamza seats, alef wasla, Kurdish letters, Quranic marks and
 *       invisible characters they leave; a token left empty is dropped;
 *   <li>at index time only, the {@link CliticVariants} of each word at its position;
 *   <li>for the stemmed {@link Form#STEM} form only, Lucene's light {@link ArabicStemFilter}
 *       (article, و, and the suffixes ها ان ات ون ين يه ية ه ة ي).
 * </ol>
 * Design decision: the light stemmer also cuts names (بوتين → بوت, الأسد and أسد → اسد), so each
 * text is indexed twice, stemmed and {@link Form#EXACT} (letters folded, clitics filed but the
 * article kept), and the query weighs the exact form higher: «الأسد» ranks above «أسد».
 */
final class SearchAnalyzer extends Analyzer {
  /** Which form of a word a field keeps. */
  enum Form { EXACT, STEM }

  private static final int MAX_TOKEN = 255;
  private final Form form;
  private final boolean indexing;

  private SearchAnalyzer(Form form, boolean indexing) {
    this.form = form;
    this.indexing = indexing;
  }

  /** The analyzer of one form, for indexing (with clitic variants) or for a query. */
  static SearchAnalyzer of(Form form, boolean indexing) {
    return new SearchAnalyzer(form, indexing);
  }

  /** Every field of the index with its form: stemmed by default, exact for the given fields. */
  static Analyzer perField(boolean indexing, Iterable<String> exactFields) {
    Map<String, Analyzer> exact = new java.util.HashMap<>();
    SearchAnalyzer exactForm = of(Form.EXACT, indexing);
    exactFields.forEach(field -> exact.put(field, exactForm));
    return new PerFieldAnalyzerWrapper(of(Form.STEM, indexing), exact);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    source.setMaxTokenLength(MAX_TOKEN);
    TokenStream stream = new LowerCaseFilter(source);
    stream = new DecimalDigitFilter(stream);
    stream = new ArabicNormalizationFilter(stream);
    stream = new PersianNormalizationFilter(stream);
    stream = new LetterFoldFilter(stream);
    stream = new LengthFilter(stream, 1, MAX_TOKEN);
    if (indexing) {
      stream = new CliticVariantFilter(stream, CliticVariants.bundled(), form == Form.STEM);
    }
    if (form == Form.STEM) {
      stream = new ArabicStemFilter(stream);
    }
    return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stream));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = new LowerCaseFilter(in);
    stream = new DecimalDigitFilter(stream);
    stream = new ArabicNormalizationFilter(stream);
    stream = new PersianNormalizationFilter(stream);
    return new LetterFoldFilter(stream);
  }
}
