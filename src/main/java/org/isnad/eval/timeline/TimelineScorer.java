package org.isnad.eval.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores isnad's timeline against the timeline gold (rules in eval/timeline/GUIDELINES.md §5):
 * reports, coreference (B-cubed and pairwise), independent source counts, days, modality and
 * stories. Pure: no I/O.
 */
public final class TimelineScorer {
  /** A gold report and the system mention it was matched with. */
  record Pair(TimelineGold.Report gold, SystemRun.Mention system) {}

  public TimelineScores score(TimelineGold gold, SystemRun run) {
    List<String> errors = new ArrayList<>();
    List<Pair> pairs = match(gold.reports(), run.mentions(), true, errors);
    int triggers = match(gold.reports(), run.mentions(), false, new ArrayList<>()).size();
    int n = run.mentions().size();
    int g = gold.reports().size();
    splits(pairs, errors);
    EventChecks checks = new EventChecks(gold, run, mainEvents(pairs, run.events()), errors);
    int modality = (int) pairs.stream()
        .filter(p -> p.gold().modality() == p.system().modality()).count();
    return new TimelineScores(g, n, Prf.of(pairs.size(), n, pairs.size(), g),
        Prf.of(triggers, n, triggers, g), bcubed(pairs), pairwise(pairs), gold.events().size(),
        checks.sourcesRight, checks.meanSourceError(), checks.found, checks.high, checks.dated, checks.datesRight, modality,
        pairs.size(), stories(gold, run), errors);
  }

  /**
   * One-to-one matching in text order. Typed: same type, and the mention's sentence holds the
   * gold trigger (nearest trigger first). Untyped: the trigger words overlap.
   */
  static List<Pair> match(List<TimelineGold.Report> gold, List<SystemRun.Mention> system,
      boolean typed, List<String> errors) {
    Set<SystemRun.Mention> used = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    List<TimelineGold.Report> ordered = new ArrayList<>(gold);
    ordered.sort(Comparator.comparing(TimelineGold.Report::article)
        .thenComparingInt(TimelineGold.Report::start));
    for (TimelineGold.Report r : ordered) {
      SystemRun.Mention best = null;
      for (SystemRun.Mention m : system) {
        if (!used.contains(m) && m.article().equals(r.article()) && fits(r, m, typed)
            && (best == null || distance(r, m) < distance(r, best))) {
          best = m;
        }
      }
      if (best == null) {
        errors.add("missed " + r.article() + " @" + r.start() + " " + r.trigger() + " "
            + r.type() + " " + r.event());
      } else {
        used.add(best);
        pairs.add(new Pair(r, best));
      }
    }
    system.stream().filter(m -> !used.contains(m)).forEach(m -> errors.add("false alarm "
        + m.article() + " @" + m.triggerStart() + " " + m.trigger() + " " + m.type()));
    return pairs;
  }

  private static boolean fits(TimelineGold.Report r, SystemRun.Mention m, boolean typed) {
    return typed ? m.type().equals(r.type()) && m.sentenceStart() <= r.start()
        && r.start() < m.sentenceEnd()
        : m.triggerStart() < r.end() && r.start() < m.triggerEnd();
  }

  private static int distance(TimelineGold.Report r, SystemRun.Mention m) {
    return Math.abs(m.triggerStart() - r.start());
  }

  /**
   * Gold event → the system event holding most of its matched reports (ties: the one earlier in
   * isnad's timeline, then the smaller id).
   */
  static Map<String, String> mainEvents(List<Pair> pairs, Map<String, SystemRun.Event> events) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (Pair p : pairs) {
      votes.computeIfAbsent(p.gold().event(), k -> new HashMap<>())
          .merge(p.system().event(), 1, Integer::sum);
    }
    Map<String, String> main = new HashMap<>();
    votes.forEach((gold, counts) -> main.put(gold, counts.entrySet().stream()
        .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
            .thenComparingInt(e -> position(events, e.getKey()))
            .thenComparing(Map.Entry::getKey)).orElseThrow().getKey()));
    return main;
  }

  private static int position(Map<String, SystemRun.Event> events, String id) {
    SystemRun.Event e = id == null ? null : events.get(id);
    return e == null ? Integer.MAX_VALUE : e.position();
  }

  /** One line per gold event whose matched reports isnad put in more than one event. */
  private static void splits(List<Pair> pairs, List<String> errors) {
    Map<String, Map<String, Integer>> parts = new java.util.TreeMap<>();
    for (Pair p : pairs) {
      parts.computeIfAbsent(p.gold().event(), k -> new java.util.TreeMap<>())
          .merge(p.system().event(), 1, Integer::sum);
    }
    parts.forEach((event, split) -> {
      if (split.size() > 1) {
        errors.add("split " + event + ": " + split);
      }
    });
  }

  /** B-cubed precision and recall of the system's events over the matched reports. */
  static Prf bcubed(List<Pair> pairs) {
    double p = 0;
    double r = 0;
    for (Pair i : pairs) {
      int both = 0;
      int sameSystem = 0;
      int sameGold = 0;
      for (Pair j : pairs) {
        boolean s = Objects.equals(i.system().event(), j.system().event());
        boolean g = i.gold().event().equals(j.gold().event());
        both += s && g ? 1 : 0;
        sameSystem += s ? 1 : 0;
        sameGold += g ? 1 : 0;
      }
      p += (double) both / sameSystem;
      r += (double) both / sameGold;
    }
    return Prf.of(p, pairs.size(), r, pairs.size());
  }

  /** Pairwise precision and recall: pairs of matched reports put in one event. */
  static Prf pairwise(List<Pair> pairs) {
    return pairwise(pairs, p -> p.system().event(), p -> p.gold().event());
  }

  private static <T> Prf pairwise(List<T> items, Function<T, String> system,
      Function<T, String> gold) {
    int both = 0;
    int sys = 0;
    int gol = 0;
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        boolean s = Objects.equals(system.apply(items.get(i)), system.apply(items.get(j)));
        boolean g = Objects.equals(gold.apply(items.get(i)), gold.apply(items.get(j)));
        both += s && g ? 1 : 0;
        sys += s ? 1 : 0;
        gol += g ? 1 : 0;
      }
    }
    return Prf.of(both, sys, both, gol);
  }

  /** Pairwise precision and recall of isnad's stories over the gold articles. */
  static Prf stories(TimelineGold gold, SystemRun run) {
    return pairwise(gold.articles(), a -> run.storyOf().getOrDefault(a.key(), "none:" + a.key()),
        TimelineGold.Article::story);
  }

  /** The independent sources a gold event has: the distinct sources of its reports. */
  static int sources(TimelineGold gold, String event) {
    return (int) gold.reports().stream().filter(r -> r.event().equals(event))
        .map(TimelineGold.Report::source).distinct().count();
  }

  /** Per gold event: is the source count right, is the day right. */
  private static final class EventChecks {
    int sourcesRight;
    int found;
    int high;
    double sourcesOff;
    int dated;
    int datesRight;

    EventChecks(TimelineGold gold, SystemRun run, Map<String, String> main, List<String> errors) {
      for (TimelineGold.Event e : gold.events()) {
        SystemRun.Event s = main.containsKey(e.id()) ? run.events().get(main.get(e.id())) : null;
        count(e, s, sources(gold, e.id()), errors);
        day(e, s, errors);
      }
    }

    private void count(TimelineGold.Event e, SystemRun.Event s, int want, List<String> errors) {
      if (s != null) {
        found++;
        sourcesOff += Math.abs(s.independent() - want);
        high += s.independent() > want ? 1 : 0;
      }
      if (s != null && s.independent() == want) {
        sourcesRight++;
      } else {
        errors.add("sources " + e.id() + ": gold " + want + ", isnad "
            + (s == null ? "no event" : s.independent() + " (" + s.id() + ")"));
      }
    }

    private void day(TimelineGold.Event e, SystemRun.Event s, List<String> errors) {
      if (e.day() == null) {
        return;
      }
      dated++;
      if (s != null && e.day().equals(s.when())) {
        datesRight++;
      } else {
        errors.add("day " + e.id() + ": gold " + e.day() + ", isnad "
            + (s == null ? "no event" : s.when() + " (" + s.id() + ")"));
      }
    }

    double meanSourceError() {
      return found == 0 ? 0 : sourcesOff / found;
    }
  }
}
