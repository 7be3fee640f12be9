package org.isnad.timeline;

import java.util.HashMap;
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
final class CorpusDating {
  private static final java.util.regex.Pattern FULL_DAY =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private CorpusDating() {}

  static Map<String, Published> published(List<Article> articles, List<Event> events) {
    Map<String, Article> undated = new HashMap<>();
    articles.stream().filter(a -> a.published().basis() == Basis.NONE)
        .forEach(a -> undated.put(a.id(), a));
    Map<String, Published> out = new TreeMap<>();
    for (Event e : events) {
      if (e.when() == null || !fullDay(e.when()) || e.modality() != Modality.ASSERTED) {
        continue;
      }
      Report dating = e.reports().stream().filter(r -> e.when().equals(r.when())
          && !undated.containsKey(r.articleId())).findFirst().orElse(null);
      if (dating == null) {
        continue;
      }
      for (Report r : e.reports()) {
        if (undated.containsKey(r.articleId()) && e.when().equals(r.when())) {
          Published old = out.get(r.articleId());
          if (old == null || old.earliest().compareTo(e.when()) < 0) {
            out.put(r.articleId(), new Published(null, e.when(), null, Basis.CORPUS,
                "inference: its sentence «" + r.sentence() + "» reports " + e.id() + " on "
                    + e.when() + ", the day " + dating.articleId() + " gives it: «"
                    + dating.sentence() + "»"));
          }
        }
      }
    }
    return out;
  }

  private static boolean fullDay(String when) {
    return FULL_DAY.matcher(when).matches();
  }
}
