package org.isnad.store.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's {@link UnifiedHighlighter} set up for hits: the title (one line), the text as up to
 * {@value #TEXT_PASSAGES} of its lines (paragraphs, report sentences) with the most matches,
 * each cut by {@link SnippetFormatter} to a window around its first match and returned as
 * {@link Snippet}s. Design decision: lines, not the JDK's sentence {@code BreakIterator}, which
 * took most of the search time on long articles; the window keeps snippets short anyway.
 * Offsets come from the postings of the stemmed fields, so a mark covers the word as written
 * («بالأسد» for "الاسد"). A field with no match gives its opening passage without marks. One
 * instance per searcher.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  static final int TEXT_PASSAGES = 2;
  /** Characters of a field read for highlighting: longer than any news article. */
  private static final int MAX_LENGTH = 1_000_000;

  SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
    super(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withMaxLength(MAX_LENGTH)
        .withFormatter(new SnippetFormatter()));
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return new CustomSeparatorBreakIterator('\n');
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
