package org.isnad.store.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Lucene's {@link UnifiedHighlighter} set up for hits: the title whole, the text as up to
 * {@value #TEXT_PASSAGES} sentence passages of about {@value #PASSAGE_GOAL} characters, each
 * returned as {@link Snippet}s by {@link SnippetFormatter}. Offsets come from the postings of the
 * stemmed fields, so a mark covers the word as written («بالأسد» for "الاسد"). A field with no
 * match gives its opening passage without marks. One instance per searcher.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  static final int TEXT_PASSAGES = 2;
  static final int PASSAGE_GOAL = 160;
  /** Share of a passage placed before its first match: a little context, mostly what follows. */
  private static final float ALIGNMENT = 0.25f;
  /** Characters of a field read for highlighting: longer than any news article. */
  private static final int MAX_LENGTH = 1_000_000;

  SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
    super(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withMaxLength(MAX_LENGTH)
        .withFormatter(new SnippetFormatter()));
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    if (EntryDocument.TITLE.equals(field)) {
      return new WholeBreakIterator();
    }
    return LengthGoalBreakIterator.createClosestToLength(
        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_GOAL, ALIGNMENT);
  }

  @Override
  protected int getMaxNoHighlightPassages(String field) {
    return 1;
  }

  /** The title snippets and text snippets of each document, in the order of {@code docIds}. */
  Highlights highlight(Query query, int[] docIds) throws IOException {
    Map<String, Object[]> found = highlightFieldsAsObjects(
        new String[] {EntryDocument.TITLE, EntryDocument.TEXT}, query, docIds,
        new int[] {1, TEXT_PASSAGES});
    return new Highlights(found.get(EntryDocument.TITLE), found.get(EntryDocument.TEXT));
  }

  /** What {@link #highlight} found, per document; a field without content has no snippet. */
  record Highlights(Object[] titles, Object[] texts) {
    @SuppressWarnings("unchecked")
    List<Snippet> title(int i) {
      return titles[i] == null ? List.of() : (List<Snippet>) titles[i];
    }

    @SuppressWarnings("unchecked")
    List<Snippet> text(int i) {
      return texts[i] == null ? List.of() : (List<Snippet>) texts[i];
    }
  }
}
