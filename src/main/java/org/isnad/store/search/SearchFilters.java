package org.isnad.store.search;

import java.time.LocalDate;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** A query's words with its filters (kinds, outlet, days) around them; filters do not score. */
final class SearchFilters {
  private SearchFilters() {}

  static Query apply(Query words, SearchQuery query) {
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(words, Occur.MUST);
    if (!query.kinds().isEmpty()) {
      BooleanQuery.Builder kinds = new BooleanQuery.Builder();
      query.kinds().forEach(kind -> kinds.add(
          new TermQuery(new Term(EntryDocument.KIND, kind.name())), Occur.SHOULD));
      all.add(kinds.build(), Occur.FILTER);
    }
    if (query.outlet() != null) {
      all.add(new TermQuery(new Term(EntryDocument.OUTLET, query.outlet())), Occur.FILTER);
    }
    if (query.from() != null || query.to() != null) {
      int from = query.from() == null ? Integer.MIN_VALUE : day(query.from());
      int to = query.to() == null ? Integer.MAX_VALUE : day(query.to());
      all.add(IntPoint.newRangeQuery(EntryDocument.DAY, from, to), Occur.FILTER);
    }
    return all.build();
  }

  private static int day(LocalDate day) {
    return Math.toIntExact(day.toEpochDay());
  }
}
