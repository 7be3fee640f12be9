package org.isnad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.model.Event;
import org.isnad.model.Report;
import org.isnad.store.CaseView.SearchHit;
import org.isnad.store.CaseView.Span;
import org.isnad.store.CaseView.StatementRef;
import org.isnad.store.search.SearchEntry;
import org.isnad.store.search.SearchQuery;
import org.isnad.store.search.SearchReader;
import org.isnad.store.search.SearchResults;
import org.isnad.store.search.Snippet;
import org.isnad.text.ArabicNormalizer;

/**
 * The one way both views search a case: a {@link SearchReader} (the store's index on disk, or
 * one built in memory from the same {@link org.isnad.store.search.SearchEntries}) answers the
 * query, and its hits are told as {@link SearchHit}s. Where a statement or an event's first
 * report stands and an article's title come from the case ({@link Places}); the snippet is the
 * index's passages, joined by an ellipsis, with the matches as code point spans. So the same case
 * gives the same hits in the same order whether it is served from memory or from a store.
 * Stateless; as thread safe as the reader and places it is given.
 */
final class IndexedSearch {
  private static final String GAP = " \u2026 ";
  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

  private IndexedSearch() {}

  /** What a hit's place is read from: the case in memory or the store's tables. */
  interface Places {
    /** The title of the article with {@code id}, or null. */
    String articleTitle(String id);

    /** The statements with {@code ids} the case holds, by id. */
    Map<String, StatementRef> statements(List<String> ids);

    /** The event with {@code id}, if the case holds it. */
    Optional<Event> event(String id);
  }

  /**
   * Checks a query as a user typed it: one that is blank, or holds no letter or digit once
   * normalised (only punctuation or tatweel), is a caller's mistake.
   *
   * @throws IllegalArgumentException naming the query
   */
  static void check(String query) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("q must not be empty: " + query);
    }
    if (NORMALIZER.normalizeToString(query.strip()).codePoints()
        .noneMatch(Character::isLetterOrDigit)) {
      throw new IllegalArgumentException("q must hold a letter or digit: " + query);
    }
  }

  /** One page of hits of {@code query} in {@code reader}, best first. */
  static Page<SearchHit> search(SearchReader reader, Places places, String query,
      SearchKind kind, PageRequest page) {
    SearchQuery asked = new SearchQuery(query, kinds(kind), null, null, null, page.offset(),
        page.limit());
    try {
      SearchResults found = reader.search(asked);
      return new Page<>(hits(places, found.hits()), found.total(), page.offset(), page.limit());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  private static Set<SearchEntry.Kind> kinds(SearchKind kind) {
    return switch (kind) {
      case ARTICLES -> Set.of(SearchEntry.Kind.ARTICLE);
      case STATEMENTS -> Set.of(SearchEntry.Kind.STATEMENT);
      case EVENTS -> Set.of(SearchEntry.Kind.EVENT);
      default -> Set.of();
    };
  }

  private static List<SearchHit> hits(Places places,
      List<org.isnad.store.search.SearchHit> found) {
    Map<String, StatementRef> statements = places.statements(found.stream()
        .filter(h -> h.kind() == SearchEntry.Kind.STATEMENT).map(h -> h.id()).toList());
    List<SearchHit> out = new ArrayList<>();
    for (org.isnad.store.search.SearchHit h : found) {
      out.add(switch (h.kind()) {
        case ARTICLE -> hit("article", h, null, null, places.articleTitle(h.id()));
        case STATEMENT -> statement(places, h, statements.get(h.id()));
        default -> event(places, h);
      });
    }
    return out;
  }

  private static SearchHit statement(Places places, org.isnad.store.search.SearchHit h,
      StatementRef s) {
    return hit("statement", h, s == null ? null : s.start(), s == null ? null : s.end(),
        places.articleTitle(h.articleId()));
  }

  private static SearchHit event(Places places, org.isnad.store.search.SearchHit h) {
    Event e = places.event(h.id()).orElse(null);
    Report first = e == null || e.reports().isEmpty() ? null : e.reports().get(0);
    return hit("event", h, first == null ? null : first.start(),
        first == null ? null : first.end(), h.title().text());
  }

  private static SearchHit hit(String kind, org.isnad.store.search.SearchHit h, Integer start,
      Integer end, String title) {
    List<Snippet> parts = h.text().stream().anyMatch(s -> !s.marks().isEmpty())
        || h.title().marks().isEmpty() ? h.text() : List.of(h.title());
    StringBuilder text = new StringBuilder();
    List<Span> marks = new ArrayList<>();
    for (Snippet part : parts) {
      if (text.length() > 0) {
        text.append(GAP);
      }
      int base = text.codePointCount(0, text.length());
      for (Snippet.Mark m : part.marks()) {
        marks.add(new Span(base + part.text().codePointCount(0, m.start()),
            base + part.text().codePointCount(0, m.end()), "match", null, null));
      }
      text.append(part.text());
    }
    return new SearchHit(kind, h.id(), h.articleId(), start, end, title, text.toString(), marks);
  }
}
