package org.isnad.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Reads what a user typed into a Lucene query. Rules:
 * <ul>
 *   <li>text between two double quotes (" “ ” « ») is a phrase; every other run of non-space
 *       characters is a word; an unmatched quote starts no phrase and is ignored;
 *   <li>every word and phrase must match, in the title or the text, stemmed or exact; an exact
 *       match weighs more ({@link #EXACT_TITLE}, {@link #EXACT_TEXT}) so «الأسد» outranks «أسد»;
 *   <li>no other syntax: {@code * ( ) + - : ~} are punctuation, dropped by the analyzer;
 *   <li>only the first {@value #MAX_CHARS} characters and the first {@value #MAX_WORDS} analysed
 *       words are read (a longer phrase is cut there), so no query is too large for Lucene.
 * </ul>
 * Never throws on what the user typed; returns {@code null} when nothing in it can be searched.
 * Thread safe.
 */
final class QueryReader {
  static final int MAX_CHARS = 1_000;
  static final int MAX_WORDS = 64;
  static final float EXACT_TITLE = 3f;
  static final float EXACT_TEXT = 2f;
  static final float STEM_TITLE = 1.5f;
  static final float STEM_TEXT = 1f;
  private static final String QUOTES = "\"\u201C\u201D\u00AB\u00BB";

  private record Unit(String text, boolean phrase) {}

  private final Analyzer analyzer;
  private final QueryBuilder builder;

  QueryReader(Analyzer queryAnalyzer) {
    this.analyzer = queryAnalyzer;
    this.builder = new QueryBuilder(queryAnalyzer);
  }

  /**
   * A user query read: what to search, and what to highlight (the same words in the stemmed,
   * stored fields only: an exact match is always a stemmed match too, and the highlighter then
   * has half the clauses to match).
   */
  record Read(Query search, Query highlight) {}

  /** The queries for {@code text}, or {@code null} when it holds no searchable word. */
  Read read(String text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    BooleanQuery.Builder stored = new BooleanQuery.Builder();
    int words = 0;
    for (Unit unit : units(cut(text))) {
      List<Integer> ends = tokenEnds(unit.text());
      if (ends.isEmpty() || words >= MAX_WORDS) {
        continue;
      }
      int keep = Math.min(ends.size(), MAX_WORDS - words);
      Unit kept = new Unit(unit.text().substring(0, ends.get(keep - 1)), unit.phrase());
      Query clause = clause(kept, true);
      if (clause != null) {
        all.add(clause, Occur.MUST);
        Query highlighted = clause(kept, false);
        if (highlighted != null) {
          stored.add(highlighted, Occur.MUST);
        }
        words += keep;
      }
    }
    BooleanQuery query = all.build();
    return query.clauses().isEmpty() ? null : new Read(query, stored.build());
  }

  private static String cut(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end);
  }

  private static List<Unit> units(String text) {
    List<Unit> units = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = QUOTES.indexOf(c) >= 0 ? closingQuote(text, i + 1) : -1;
      if (close > 0) {
        units.add(new Unit(text.substring(i + 1, close), true));
        i = close + 1;
      } else if (Character.isWhitespace(c) || QUOTES.indexOf(c) >= 0) {
        i++;
      } else {
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
            && QUOTES.indexOf(text.charAt(end)) < 0) {
          end++;
        }
        units.add(new Unit(text.substring(i, end), false));
        i = end;
      }
    }
    return units;
  }

  private static int closingQuote(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (QUOTES.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Where each analysed word of {@code text} ends (the exact form: one token a word). */
  private List<Integer> tokenEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(EntryDocument.TEXT_EXACT, text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        ends.add(offset.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query in memory", e);
    }
    return ends;
  }

  /**
   * The unit in any of the four fields (or, without {@code exact}, the two stemmed ones), or
   * null when the analyzer leaves nothing of it.
   */
  private Query clause(Unit unit, boolean exact) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (exact) {
      add(any, EntryDocument.TITLE_EXACT, unit, EXACT_TITLE);
      add(any, EntryDocument.TEXT_EXACT, unit, EXACT_TEXT);
    }
    add(any, EntryDocument.TITLE, unit, STEM_TITLE);
    add(any, EntryDocument.TEXT, unit, STEM_TEXT);
    BooleanQuery query = any.build();
    return query.clauses().isEmpty() ? null : query;
  }

  private void add(BooleanQuery.Builder any, String field, Unit unit, float boost) {
    Query query = unit.phrase() ? builder.createPhraseQuery(field, unit.text())
        : builder.createBooleanQuery(field, unit.text(), Occur.MUST);
    if (query != null) {
      any.add(new BoostQuery(query, boost), Occur.SHOULD);
    }
  }
}
