package org.isnad.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.isnad.model.Conflict;
import org.isnad.model.ConflictField;
import org.isnad.model.EventMention;

/**
 * What independent sources of one event disagree on: the day (two days that cannot both be
 * true: 8 or 9 December), and for deaths and injuries the number (dead against dead, wounded
 * against wounded, never one against the other). A value counts only when two different
 * independent groups (see {@link EventSources}) give different values: an article revising its
 * own toll, or one agency's figures copied around, is not a conflict. A weekday that does not fit
 * its date is a doubt on that report, listed too. Every value is listed with its sources and
 * articles; nothing is averaged or picked.
 */
final class ConflictFinder {
  /** @param groups the independent group of each report, in report order */
  List<Conflict> conflicts(List<EventMention> reports, List<String> groups) {
    List<Conflict> out = new ArrayList<>();
    Map<String, Value> days = values(reports, groups, m -> dayOf(m.when()));
    if (disagree(days.keySet()) && acrossGroups(days, true)) {
      out.add(new Conflict(ConflictField.DATE, "independent sources give different days", list(days)));
    }
    String type = reports.get(0).type();
    Map<String, Value> counts = values(reports, groups,
        m -> m.count() == null ? null : String.valueOf(m.count()));
    if (counts.size() > 1 && acrossGroups(counts, false)) {
      ConflictField field = "KILLED".equals(type) ? ConflictField.DEAD
          : "INJURED".equals(type) ? ConflictField.INJURED : ConflictField.COUNT;
      out.add(new Conflict(field, "independent sources give different numbers of "
          + ("KILLED".equals(type) ? "dead" : "wounded"), list(counts)));
    }
    Map<String, Value> weekdays = values(reports, groups, EventMention::problem);
    if (!weekdays.isEmpty()) {
      out.add(new Conflict(ConflictField.WEEKDAY, "a weekday does not fit its date", list(weekdays)));
    }
    return out;
  }

  /** A value with the groups and articles that give it. */
  private record Value(Set<String> groups, Set<String> articles) {}

  /** Only full days take part in a date conflict: a month says too little to contradict. */
  private static String dayOf(String when) {
    EventDay d = EventDay.of(when);
    return d != null && d.isDay() ? when : null;
  }

  private static Map<String, Value> values(List<EventMention> reports, List<String> groups,
      Function<EventMention, String> field) {
    Map<String, Value> values = new LinkedHashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      EventMention m = reports.get(i);
      String v = field.apply(m);
      if (v != null) {
        Value value = values.computeIfAbsent(v, k -> new Value(new LinkedHashSet<>(),
            new LinkedHashSet<>()));
        value.groups().add(groups.get(i));
        value.articles().add(m.articleId());
      }
    }
    return values;
  }

  /**
   * Whether two values that disagree come from different independent groups (for dates: values
   * that are incompatible; for numbers: any two different values).
   */
  private static boolean acrossGroups(Map<String, Value> values, boolean dates) {
    List<Map.Entry<String, Value>> list = new ArrayList<>(values.entrySet());
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        boolean differ = !dates || !EventDay.compatible(list.get(i).getKey(),
            list.get(j).getKey());
        if (differ && fromTwoGroups(list.get(i).getValue(), list.get(j).getValue())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean fromTwoGroups(Value a, Value b) {
    for (String x : a.groups()) {
      for (String y : b.groups()) {
        if (!x.equals(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether some two dates contradict each other (2024-12 and 2024-12-08 do not). */
  static boolean disagree(Set<String> dates) {
    List<String> list = new ArrayList<>(dates);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        if (!EventDay.compatible(list.get(i), list.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Conflict.Value> list(Map<String, Value> values) {
    List<Conflict.Value> out = new ArrayList<>();
    values.forEach((v, value) -> out.add(new Conflict.Value(v,
        value.articles().stream().sorted().toList(), List.copyOf(value.groups()))));
    out.sort(Comparator.comparing((Conflict.Value v) -> -v.articles().size())
        .thenComparing(Conflict.Value::value));
    return out;
  }
}
