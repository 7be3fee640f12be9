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
 * Publication dates the corpus implies for articles whose own pages give none: an article that
 * reports an event other, dated articles put on a day was written on or after that day (basis
 * {@code corpus}, earliest date only, with the dating sentence as evidence).
 */
final class CorpusDating {
  private CorpusDating() {}

  static Map<String, Published> published(List<Article> articles, List<Event> events) {
    Map<String, Article> undated = new HashMap<>();
    articles.stream().filter(a -> a.published().basis() == Basis.NONE)
        .forEach(a -> undated.put(a.id(), a));
    Map<String, Published> out = new TreeMap<>();
    for (Event e : events) {
      if (e.when() == null || e.modality() != Modality.ASSERTED) {
        continue;
      }
      Report dating = e.reports().stream().filter(r -> r.when() != null
          && !undated.containsKey(r.articleId())).findFirst().orElse(null);
      if (dating == null) {
        continue;
      }
      for (Report r : e.reports()) {
        if (undated.containsKey(r.articleId())) {
          Published old = out.get(r.articleId());
          if (old == null || old.earliest().compareTo(e.when()) < 0) {
            out.put(r.articleId(), new Published(null, e.when(), null, Basis.CORPUS,
                "reports " + e.id() + ", dated " + e.when() + " by " + dating.articleId()
                    + ": " + dating.sentence()));
          }
        }
      }
    }
    return out;
  }
}
