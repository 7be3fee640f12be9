package org.isnad.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Answers a {@link SearchQuery} over one searcher: the one query and snippet code shared by the
 * writer ({@link SearchIndex}) and the read-only way in ({@link SearchReader}). Hits of equal
 * score come in id order. Stateless apart from its analyzers; thread safe.
 */
final class IndexQueries {
  private static final Sort BEST_THEN_ID = new Sort(SortField.FIELD_SCORE,
      new SortField(EntryDocument.ID, SortField.Type.STRING));
  private final Analyzer indexAnalyzer = SearchAnalyzer.perField(true,
      EntryDocument.EXACT_FIELDS);
  private final QueryReader queries = new QueryReader(SearchAnalyzer.perField(false,
      EntryDocument.EXACT_FIELDS));

  /** The analyzer entries are indexed with. */
  Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  SearchResults search(IndexSearcher searcher, SearchQuery query) throws IOException {
    return search(searcher, query, true);
  }

  /** As {@link #search(IndexSearcher, SearchQuery)}; without {@code snippets}, hits carry none. */
  SearchResults search(IndexSearcher searcher, SearchQuery query, boolean snippets)
      throws IOException {
    if (query == null) {
      throw new IllegalArgumentException("query must not be null");
    }
    QueryReader.Read words = queries.read(query.text());
    if (words == null) {
      return SearchResults.none(query);
    }
    return page(searcher, snippets ? words.highlight() : null,
        SearchFilters.apply(words.search(), query), query);
  }

  /** A page of hits; {@code highlight} marks their snippets ({@code null}: no snippets). */
  private SearchResults page(IndexSearcher searcher, Query highlight, Query filtered,
      SearchQuery query) throws IOException {
    int total = searcher.count(filtered);
    TopFieldDocs top = searcher.search(filtered, query.offset() + query.limit(), BEST_THEN_ID,
        true);
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(query.offset(), docs.length);
    int[] ids = new int[docs.length - from];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = docs[from + i].doc;
    }
    List<SearchHit> hits = new ArrayList<>();
    if (ids.length > 0 && highlight == null) {
      for (int i = 0; i < ids.length; i++) {
        hits.add(HitReader.hit(searcher.getIndexReader(), ids[i], docs[from + i].score,
            List.of(), List.of()));
      }
    } else if (ids.length > 0) {
      SnippetHighlighter.Highlights marked =
          new SnippetHighlighter(searcher, indexAnalyzer).highlight(highlight, ids);
      for (int i = 0; i < ids.length; i++) {
        hits.add(HitReader.hit(searcher.getIndexReader(), ids[i], docs[from + i].score,
            marked.title(i), marked.text(i)));
      }
    }
    return new SearchResults(total, query.offset(), query.limit(), hits);
  }
}
