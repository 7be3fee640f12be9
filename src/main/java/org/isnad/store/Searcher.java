package org.isnad.store;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Event;
import org.isnad.model.Quote;
import org.isnad.model.Report;
import org.isnad.store.CaseView.SearchHit;

/**
 * A plain search over one analysis in memory: an article matches when its title or text holds
 * the query, a statement when its words do, an event when its summary or one of its report
 * sentences does, all after Arabic normalisation ({@link TextMatch}). Results come articles
 * first, then statements, then events, each in the analysis's order. The store's Lucene index
 * replaces this for large cases. Read-only after construction.
 */
final class Searcher {
  private final List<Searchable> items = new ArrayList<>();

  Searcher(Analysis analysis, CaseIndex index) {
    for (AnnotatedArticle a : analysis.annotatedArticles()) {
      String title = a.article().title() == null ? "" : a.article().title();
      items.add(new Searchable(SearchKind.ARTICLES, a.id(), a.id(), null, null,
          a.article().title(), new TextMatch(title + "\n\n" + a.article().text())));
    }
    for (Quote q : analysis.quotes()) {
      items.add(new Searchable(SearchKind.STATEMENTS, q.id(), q.articleId(), q.start(),
          q.end(), index.articleRef(q.articleId()).title(), new TextMatch(q.content())));
    }
    for (Event e : analysis.timeline().events()) {
      StringBuilder text = new StringBuilder(e.summary());
      for (Report r : e.reports()) {
        text.append("\n\n").append(r.sentence());
      }
      Report first = e.reports().isEmpty() ? null : e.reports().get(0);
      items.add(new Searchable(SearchKind.EVENTS, e.id(), first == null ? null
          : first.articleId(), first == null ? null : first.start(), first == null ? null
          : first.end(), e.summary(), new TextMatch(text.toString())));
    }
  }

  Page<SearchHit> search(String normalizedQuery, SearchKind kind, PageRequest page) {
    List<Searchable> found = items.stream()
        .filter(s -> kind == SearchKind.ALL || s.kind() == kind)
        .filter(s -> s.text().holds(normalizedQuery)).toList();
    Page<Searchable> slice = Page.of(found, page);
    List<SearchHit> hits = slice.items().stream().map(s -> s.hit(normalizedQuery)).toList();
    return new Page<>(hits, slice.total(), slice.offset(), slice.limit());
  }

  /** One thing a search may find. */
  private record Searchable(SearchKind kind, String id, String article, Integer start,
      Integer end, String title, TextMatch text) {
    SearchHit hit(String normalizedQuery) {
      TextMatch.Snippet snippet = text.snippet(normalizedQuery);
      String label = switch (kind) {
        case ARTICLES -> "article";
        case STATEMENTS -> "statement";
        default -> "event";
      };
      return new SearchHit(label, id, article, start, end, title, snippet.text(),
          snippet.highlights());
    }
  }
}
