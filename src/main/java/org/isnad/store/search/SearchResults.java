package org.isnad.store.search;

import java.util.List;

/**
 * One page of hits, best first; hits of equal score in id order, so a page does not depend on
 * the order entries were added in.
 *
 * @param total how many entries match in all (exact)
 * @param offset the page start asked for
 * @param limit the page size asked for
 * @param hits at most {@code limit} hits
 */
public record SearchResults(long total, int offset, int limit, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }

  static SearchResults none(SearchQuery query) {
    return new SearchResults(0, query.offset(), query.limit(), List.of());
  }
}
