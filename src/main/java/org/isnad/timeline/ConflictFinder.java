package org.isnad.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Conflict;
import org.isnad.model.EventMention;

/**
 * What the reports of one event disagree on: the day (two dates neither of which contains the
 * other), the number of dead or wounded, and a weekday that does not fit its date. Every value is
 * listed with the articles that give it; nothing is averaged or picked.
 */
final class ConflictFinder {
  List<Conflict> conflicts(List<EventMention> reports) {
    List<Conflict> out = new ArrayList<>();
    Map<String, Set<String>> days = values(reports, EventMention::when);
    if (disagree(days.keySet())) {
      out.add(new Conflict("date", "the reports give different dates", list(days)));
    }
    Map<String, Set<String>> counts = values(reports,
        m -> m.count() == null ? null : String.valueOf(m.count()));
    if (counts.size() > 1) {
      out.add(new Conflict("count", "the reports give different numbers", list(counts)));
    }
    Map<String, Set<String>> weekdays = values(reports, EventMention::problem);
    if (!weekdays.isEmpty()) {
      out.add(new Conflict("weekday", "a weekday does not fit its date", list(weekdays)));
    }
    return out;
  }

  private static Map<String, Set<String>> values(List<EventMention> reports,
      java.util.function.Function<EventMention, String> field) {
    Map<String, Set<String>> values = new LinkedHashMap<>();
    for (EventMention m : reports) {
      String v = field.apply(m);
      if (v != null) {
        values.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(m.articleId());
      }
    }
    return values;
  }

  /** Whether some two dates contradict each other (2024-12 and 2024-12-08 do not). */
  static boolean disagree(Set<String> dates) {
    List<String> list = new ArrayList<>(dates);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        if (!EventMerger.compatible(list.get(i), list.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Conflict.Value> list(Map<String, Set<String>> values) {
    List<Conflict.Value> out = new ArrayList<>();
    values.forEach((v, articles) -> out.add(new Conflict.Value(v,
        articles.stream().sorted().toList())));
    out.sort(Comparator.comparing((Conflict.Value v) -> -v.articles().size())
        .thenComparing(Conflict.Value::value));
    return out;
  }
}
