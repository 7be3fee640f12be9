package org.isnad.store;

/**
 * Which slice of a list to return: {@code limit} items from {@code offset}. A limit above
 * {@link #MAX_LIMIT} or below 1, or a negative offset, is a caller's mistake.
 *
 * @param offset items to skip, 0 or more
 * @param limit items to return, 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {
  /** The most items one page holds (a client pages through the rest). */
  public static final int MAX_LIMIT = 200;
  /** The page size when none is asked for. */
  public static final int DEFAULT_LIMIT = 50;

  public PageRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": "
          + limit);
    }
  }

  /** The first page of the default size. */
  public static PageRequest first() {
    return new PageRequest(0, DEFAULT_LIMIT);
  }

  /**
   * This page, checked as a search page: at most {@link CaseView#SEARCH_MAX_LIMIT} hits from at
   * most {@link CaseView#SEARCH_MAX_OFFSET}.
   *
   * @throws IllegalArgumentException naming the limit or offset beyond them
   */
  public PageRequest forSearch() {
    if (limit > CaseView.SEARCH_MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and "
          + CaseView.SEARCH_MAX_LIMIT + " for a search: " + limit);
    }
    if (offset > CaseView.SEARCH_MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be at most " + CaseView.SEARCH_MAX_OFFSET
          + " for a search: " + offset);
    }
    return this;
  }
}
