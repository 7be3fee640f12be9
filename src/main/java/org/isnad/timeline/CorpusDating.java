package org.isnad.timeline;

import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.model.Article;
import org.isnad.model.Basis;
import org.isnad.model.Event;
import org.isnad.model.Modality;
import org.isnad.model.Published;
import org.isnad.model.Report;

/**
 * Publication bounds the corpus implies for articles whose own pages give no date, marked as an
 * inference: an undated article whose own sentence reports, as having happened, an event on a
 * day (a full date with its year) that a dated article of another page gives to the same event
 * was written on or after that day (basis {@code corpus}, earliest date only, with both sentences
 * as evidence). Nothing weaker counts: an undated report joined to an event, or a date carried
 * from the narration, proves nothing about when the page was written.
 */
public final class CorpusDating {
  private static final java.util.regex.Pattern FULL_DAY =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private CorpusDating() {}

  static Map<String, Published> published(List<Article> articles, List<Event> events) {
    Set<String> undated = new HashSet<>();
    articles.stream().filter(a -> a.published().basis() == Basis.NONE)
        .forEach(a -> undated.add(a.id()));
    Map<String, Published> out = new TreeMap<>();
    for (Event e : events) {
      datings(e, undated::contains).forEach((article, published) -> {
        Published old = out.get(article);
        if (later(published, old)) {
          out.put(article, published);
        }
      });
    }
    return out;
  }

  /**
   * What one event says of when its undated articles ({@code undated}) were written: article id
   * → the bound, for each undated article whose report gives the event's full day that a dated
   * report of it gives too. Of the bounds several events give one article, the run keeps the
   * latest day, of equal days the one of the first event in the run's order ({@link #later}).
   */
  public static Map<String, Published> datings(Event e, java.util.function.Predicate<String> undated) {
    if (e.when() == null || !fullDay(e.when()) || e.modality() != Modality.ASSERTED) {
      return Map.of();
    }
    Report dating = e.reports().stream().filter(r -> e.when().equals(r.when())
        && !undated.test(r.articleId())).findFirst().orElse(null);
    if (dating == null) {
      return Map.of();
    }
    Map<String, Published> out = new java.util.LinkedHashMap<>();
    for (Report r : e.reports()) {
      if (undated.test(r.articleId()) && e.when().equals(r.when())) {
        out.putIfAbsent(r.articleId(), new Published(null, e.when(), null, Basis.CORPUS,
            "inference: its sentence «" + r.sentence() + "» reports " + e.id() + " on "
                + e.when() + ", the day " + dating.articleId() + " gives it: «"
                + dating.sentence() + "»"));
      }
    }
    return out;
  }

  /** Whether a bound read from a later event replaces {@code old}: its day is later. */
  public static boolean later(Published bound, Published old) {
    return old == null || old.earliest().compareTo(bound.earliest()) < 0;
  }

  private static boolean fullDay(String when) {
    return FULL_DAY.matcher(when).matches();
  }
}
