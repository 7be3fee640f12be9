package org.isnad.store.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry found by a query, with its highlighted title and text.
 *
 * @param kind what it is
 * @param id its stable id
 * @param articleId the article it comes from, or {@code null}
 * @param outlet its outlet, or {@code null}
 * @param day its day, or {@code null}
 * @param score the relevance (higher first); comparable only within one result list
 * @param title the whole title, its matched words marked
 * @param text up to two passages of the text around its matches (the opening passage when only
 *     the title matched), each with its matched words marked; empty for an empty text
 */
public record SearchHit(SearchEntry.Kind kind, String id, String articleId, String outlet,
    LocalDate day, float score, Snippet title, List<Snippet> text) {
  public SearchHit {
    text = List.copyOf(text);
  }
}
