package org.isnad.store.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Analysis;
import org.isnad.model.Article;
import org.isnad.model.Event;
import org.isnad.model.Quote;
import org.isnad.model.Report;

/**
 * The search entries of the engine's results:
 * <ul>
 *   <li>an article: its title and text, outlet and publication day;
 *   <li>a statement: the speaker as title, the statement as text, its article's outlet and day;
 *   <li>an event: its summary as title, its reports' sentences (one a line, article order) as
 *       text, the article of its first report, its day when {@code when} is one day, no outlet.
 * </ul>
 */
public final class SearchEntries {
  private SearchEntries() {}

  public static SearchEntry of(Article article) {
    return new SearchEntry(SearchEntry.Kind.ARTICLE, article.id(), article.id(), article.title(),
        article.text(), article.outlet(), article.published().day().orElse(null));
  }

  /** The statement's entry; {@code article} is the article it was said in. */
  public static SearchEntry of(Quote quote, Article article) {
    if (!quote.articleId().equals(article.id())) {
      throw new IllegalArgumentException("statement " + quote.id() + " is not of article "
          + article.id());
    }
    return new SearchEntry(SearchEntry.Kind.STATEMENT, quote.id(), quote.articleId(),
        quote.speaker().text(), quote.content(), article.outlet(),
        article.published().day().orElse(null));
  }

  public static SearchEntry of(Event event) {
    List<String> sentences = event.reports().stream().map(Report::sentence).toList();
    String articleId = event.reports().isEmpty() ? null : event.reports().get(0).articleId();
    return new SearchEntry(SearchEntry.Kind.EVENT, event.id(), articleId, event.summary(),
        String.join("\n", sentences), null, day(event.when()));
  }

  /** Every article, statement and event of {@code analysis}, in that order. */
  public static List<SearchEntry> of(Analysis analysis) {
    List<SearchEntry> entries = new ArrayList<>();
    Map<String, Article> articles = new HashMap<>();
    for (Article article : analysis.articles()) {
      articles.put(article.id(), article);
      entries.add(of(article));
    }
    for (Quote quote : analysis.quotes()) {
      entries.add(of(quote, articles.get(quote.articleId())));
    }
    analysis.timeline().events().forEach(event -> entries.add(of(event)));
    return entries;
  }

  /**
   * The day {@code when} names when it is an ISO day ({@code YYYY-MM-DD}, ASCII digits, a real
   * date), else null: what {@link LocalDate#parse} accepts of ten characters, read without a
   * formatter (it ran for each of 71,268 events on every add).
   */
  static LocalDate day(String when) {
    if (when == null || when.length() != 10 || when.charAt(4) != '-' || when.charAt(7) != '-') {
      return null;
    }
    int year = digits(when, 0, 4);
    int month = digits(when, 5, 7);
    int day = digits(when, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number the ASCII digits of {@code s} from {@code from} to {@code to} spell, or -1. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
